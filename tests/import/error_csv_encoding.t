# CSV files must be UTF-8: Windows-1252 (Excel's "CSV" on Swedish Windows), UTF-16
# ("Unicode text") and NUL bytes are refused where they appear, not stored as garbage;
# a failed run leaves no new store behind
--- run printf 'indikator;enhet;år;värde\nN1;S\366dert\344lje;2020;1\n' > cp1252.csv && ska import t.db cp1252.csv
--- expect exit 2
cp1252.csv:2:5: error: byte 0xF6 is not UTF-8 (Windows-1252?); save the file as UTF-8 (in Excel: CSV UTF-8)
--- run printf '\377\376i\000n\000d\000\n\000' > utf16.csv && ska import t.db utf16.csv
--- expect exit 2
utf16.csv:1:1: error: the file is UTF-16; save it as UTF-8 (in Excel: CSV UTF-8)
--- run printf 'indikator;enhet;år;värde\nN1;a\000b;2020;1\n' > nul.csv && ska import t.db nul.csv
--- expect exit 2
nul.csv:2:5: error: a NUL byte: this is not UTF-8 text (save the file as UTF-8)
--- run ls
--- expect exit 0
cp1252.csv
nul.csv
utf16.csv
