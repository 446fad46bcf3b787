"""igraph side of bench/network: same edge list, same sources, same operations; prints KEY: VALUE lines."""
import sys
import time

import igraph

edges, small, sources_path, out_dir = sys.argv[1:5]
bfs_sources = [int(x) for x in open(sources_path).read().split()]


def timed(name, fn):
    start = time.perf_counter()
    result = fn()
    print(f"igraph.{name}: {time.perf_counter() - start:.6f}", flush=True)
    return result


def top20(values):
    return ",".join(str(v) for v in sorted(range(len(values)), key=lambda v: (-values[v], v))[:20])


g = timed("load", lambda: igraph.Graph.Read_Edgelist(edges, directed=False))
components = getattr(g, "connected_components", g.components)
timed("components", lambda: components())
timed("bfs", lambda: [g.bfs(s) for s in bfs_sources])
# PRPACK (igraph's default) solves to its own fixed precision (1e-10); it takes no tolerance argument.
pagerank = timed("pagerank", lambda: g.pagerank(damping=0.85))
with open(f"{out_dir}/igraph_pagerank.txt", "w") as f:
    f.write("\n".join(repr(x) for x in pagerank))
print(f"igraph.top20.pagerank: {top20(pagerank)}")
# python-igraph 0.10.2 (Debian) has no betweenness(sources=...), so the side-by-side betweenness is
# exact Brandes on a smaller R-MAT graph where exact is feasible ("-" skips it: the demo graph has none).
if small == "-":
    sys.exit(0)
s = igraph.Graph.Read_Edgelist(small, directed=False)
betweenness = timed("betweenness_exact", lambda: s.betweenness())
print(f"igraph.top20.betweenness: {top20(betweenness)}")
with open(f"{out_dir}/igraph_betweenness.txt", "w") as f:
    f.write("\n".join(repr(x) for x in betweenness))
