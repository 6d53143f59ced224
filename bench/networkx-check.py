"""Loads Simpul's graph exports with networkx, as a colleague would (not part of npm test).

    npm run simpul -- analyze sample-data/case --out out/sample
    python3 bench/networkx-check.py out/sample

GraphML holds one edge per link; GEXF writes associations and generic links as `mutual` edges, which networkx reads
as two arcs (one each way), so its edge count is the link count plus one per undirected link. The last line checks
that identity against links.csv (its `directed` column).
"""
import csv
import sys

import networkx as nx

folder = sys.argv[1] if len(sys.argv) > 1 else "out/sample"
print("networkx", nx.__version__)
counts = {}
for name, read in [("graph.graphml", nx.read_graphml), ("graph.gexf", nx.read_gexf), ("graph-gexf1.2.gexf", nx.read_gexf)]:
    try:
        graph = read(f"{folder}/{name}")
    except nx.NetworkXError as error:
        print(f"{name}: not readable by this networkx ({error}); use graph-gexf1.2.gexf")
        continue
    counts[name] = graph.number_of_edges()
    transfers = [data for _, _, data in graph.edges(data=True) if data.get("type", data.get("linkType", data.get("label"))) == "transferred"]
    amounts = [value for data in transfers for key, value in data.items() if key.startswith("amount_")]
    places = [data for _, data in graph.nodes(data=True) if data.get("type") == "location" and "latitude" in data]
    print(
        f"{name}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges;",
        f"{len(transfers)} transfers, amounts typed {sorted({type(a).__name__ for a in amounts})};",
        f"{len(places)} places with latitude {sorted({type(p['latitude']).__name__ for p in places})}",
    )

with open(f"{folder}/links.csv", encoding="utf-8-sig", newline="") as handle:
    rows = list(csv.DictReader(handle))
undirected = sum(1 for row in rows if row.get("directed") == "false")
for name in ("graph.gexf", "graph-gexf1.2.gexf"):
    if name in counts:
        verdict = "ok" if counts[name] == len(rows) + undirected else "MISMATCH"
        print(f"{name}: {counts[name]} edges = {len(rows)} links + {undirected} undirected links read as a second arc: {verdict}")
