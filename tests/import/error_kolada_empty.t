# A Kolada file that holds no values and no units stores nothing: that is an
# error, not an import of zero rows (an empty answer saved by mistake, a
# page past the last).
--- file empty.json
{}
--- file none.json
{"count": 0, "values": []}
--- run ska import t.db empty.json; ska import t.db none.json; test -e t.db || echo "no store"
--- expect exit 0
no store
empty.json: error: the file holds no values and no units: it stores nothing
none.json: error: the file holds no values and no units: it stores nothing
