# The TextMate grammar (editors/textmate, also a VS Code extension) is
# valid JSON whose every pattern compiles as a Unicode regular expression
# (checked with node's, close to the Oniguruma that editors use), and its
# patterns find what they are for: a declaration and its name, Swedish
# keywords as whole words only, periods, dates, numbers with a decimal
# comma, the codes `..`, `.` and `~100` standing alone but not the range
# in 2016..2020. Skipped where node is not installed.
--- file probe.js
const g = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const pats = [];
for (const [key, r] of Object.entries(g.repository))
  for (const p of r.patterns || [r]) if (p.match) pats.push([key, p]);
const re = {};
for (const [key, p] of pats) {
  const name = p.name || Object.values(p.captures).map(c => c.name).join('+');
  re[name] = new RegExp(p.match, 'gu');
}
let n = 0;
const walk = v => {
  if (typeof v !== 'object' || v === null) return;
  for (const [k, x] of Object.entries(v))
    if (['match', 'begin', 'end'].includes(k)) new RegExp(x, 'u'), n++;
    else walk(x);
};
walk(g);
console.log(n + ' regular expressions compile');
const show = (name, text) => console.log(name + ' in ' + JSON.stringify(text) + ': ' +
  JSON.stringify([...text.matchAll(re[name])].map(m => m.length > 2 ? m.slice(1) : m[0])));
show('storage.type.declaration.ska+entity.name.type.ska', 'mål G1 "x" { låt ålder = 1 }');
show('keyword.other.field.ska', 'målvärde x delvis > 1; målvärdet tillhör');
show('keyword.operator.logical.ska', 'inte a och b eller oj');
show('constant.other.period.ska', 'x[ht2020] 2019/20 2019/2020 2021-06-30');
show('constant.other.date.ska', 'från 2021-06-30 till 2019/20');
show('constant.numeric.ska', '85,5 % 3.5 x2');
show('constant.language.code.ska', 'v: 12 .. . ~100 2016..2020 ~2,5');
show('keyword.operator.range.ska', '2016..2020');
--- run command -v node >/dev/null || { echo "node is not installed"; exit 77; }; node probe.js "$SKA_PATH/editors/textmate/ska.tmLanguage.json"
--- expect exit 0
17 regular expressions compile
storage.type.declaration.ska+entity.name.type.ska in "mål G1 \"x\" { låt ålder = 1 }": [["mål","G1"],["låt","ålder"]]
keyword.other.field.ska in "målvärde x delvis > 1; målvärdet tillhör": ["målvärde","delvis","tillhör"]
keyword.operator.logical.ska in "inte a och b eller oj": ["inte","och","eller"]
constant.other.period.ska in "x[ht2020] 2019/20 2019/2020 2021-06-30": ["ht2020","2019/20","2019/2020"]
constant.other.date.ska in "från 2021-06-30 till 2019/20": ["2021-06-30"]
constant.numeric.ska in "85,5 % 3.5 x2": ["85,5 %","3.5"]
constant.language.code.ska in "v: 12 .. . ~100 2016..2020 ~2,5": ["..",".","~100","~2,5"]
keyword.operator.range.ska in "2016..2020": [".."]
