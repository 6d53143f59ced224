"""Loads Simpul's graph exports with networkx, as a colleague would (not part of npm test).

    npm run simpul -- analyze sample-data/case --out out/sample
    python3 bench/networkx-check.py out/sample
"""
import sys

import networkx as nx

folder = sys.argv[1] if len(sys.argv) > 1 else "out/sample"
print("networkx", nx.__version__)
for name, read in [("graph.graphml", nx.read_graphml), ("graph.gexf", nx.read_gexf), ("graph-gexf1.2.gexf", nx.read_gexf)]:
    try:
        graph = read(f"{folder}/{name}")
    except nx.NetworkXError as error:
        print(f"{name}: not readable by this networkx ({error}); use graph-gexf1.2.gexf")
        continue
    transfers = [data for _, _, data in graph.edges(data=True) if data.get("type", data.get("linkType", data.get("label"))) == "transferred"]
    amounts = [value for data in transfers for key, value in data.items() if key.startswith("amount_")]
    places = [data for _, data in graph.nodes(data=True) if data.get("type") == "location" and "latitude" in data]
    print(
        f"{name}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges;",
        f"{len(transfers)} transfers, amounts typed {sorted({type(a).__name__ for a in amounts})};",
        f"{len(places)} places with latitude {sorted({type(p['latitude']).__name__ for p in places})}",
    )
