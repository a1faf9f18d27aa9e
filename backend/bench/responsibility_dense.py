#!/usr/bin/env python3
"""Dense reference for the responsibility benchmark.

Reads the synthetic 8,000-sector system written by SyntheticSystemExport (same table the JMH
benchmark solves), builds the dense matrix A = I - G^T with G_jl = alpha_j T_jl / x_j (value-added
rule), solves A q = E e_k with numpy.linalg.solve (LAPACK LU, gesv), checks that the kept
responsibility (1 - alpha) q matches the sparse Java result, and prints the time next to the JMH
figure of the sparse BiCGSTAB run as a ratio.
"""
import json
import sys
import time

import numpy as np


def main(directory, jmh_json):
    with open(directory + "/system.bin", "rb") as f:
        n, nnz, focus = np.frombuffer(f.read(12), dtype=">i4")
        total = np.frombuffer(f.read(8), dtype=">f8")[0]
        entries = np.frombuffer(f.read(nnz * 16), dtype=[("row", ">i4"), ("col", ">i4"), ("val", ">f8")])
        y = np.frombuffer(f.read(n * 8), dtype=">f8").astype(np.float64)
        f.read(n * 8)  # operating surplus (profit rule), not needed for the value-added run
        java_kept = np.frombuffer(f.read(n * 8), dtype=">f8").astype(np.float64)

    rows = entries["row"].astype(np.int64)
    cols = entries["col"].astype(np.int64)
    vals = entries["val"].astype(np.float64)

    start = time.perf_counter()
    t = np.zeros((n, n))
    t[rows, cols] = vals
    x = t.sum(axis=1) + y
    v = x - t.sum(axis=0)
    alpha = np.clip(1.0 - v / (x - np.diag(t)), 0.0, 1.0)
    a = np.eye(n) - (t * (alpha / x)[:, None]).T
    b = np.zeros(n)
    b[focus] = total
    built = time.perf_counter()
    q = np.linalg.solve(a, b)
    solved = time.perf_counter()

    kept = (1.0 - alpha) * q
    difference = np.max(np.abs(kept - java_kept)) / total
    build_s = built - start
    solve_s = solved - built
    print(f"dense system: n={n}, non-zeros={nnz} ({nnz / (n * n):.1%}), numpy {np.__version__}")
    print(f"dense build {build_s:.2f} s, dense LU solve (numpy.linalg.solve) {solve_s:.2f} s")
    print(f"max |kept_dense - kept_java| / E = {difference:.2e}")

    java_ms = None
    with open(jmh_json) as f:
        for result in json.load(f):
            if result["benchmark"].endswith("convergedSynthetic8000"):
                metric = result["primaryMetric"]
                java_ms = metric["score"] * {"ms/op": 1.0, "s/op": 1000.0, "us/op": 0.001}[metric["scoreUnit"]]
    if java_ms is not None:
        print(f"sparse Java (JMH mean) {java_ms:.1f} ms; dense LU solve / sparse = {solve_s * 1000 / java_ms:.1f}x"
              f" (with dense build: {(build_s + solve_s) * 1000 / java_ms:.1f}x)")
    if difference > 1e-9:
        sys.exit("dense and sparse results differ")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
