# two columns for the same thing (Skol-enhetskod and Kommun-kod are both unit codes)
--- file data.csv
Indikator;Skola;Skol-enhetskod;Kommun-kod;År;Värde
N1;Oasens skola;48000763;0604;2024/25;1
--- run ska import t.db data.csv
--- expect exit 2
data.csv:1:32: error: "Kommun-kod" is a second unit column (keep one)
  Indikator;Skola;Skol-enhetskod;Kommun-kod;År;Värde
                                 ^
