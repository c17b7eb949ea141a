window.BENCHMARK_DATA = {
  "lastUpdate": 1700003000000,
  "repoUrl": "https://github.com/example/proj",
  "entries": {
    "JMH Benchmark": [
      {
        "commit": {
          "author": {
            "email": "dev@example.org",
            "name": "A Dev",
            "username": "adev"
          },
          "committer": {
            "email": "dev@example.org",
            "name": "A Dev",
            "username": "adev"
          },
          "distinct": true,
          "id": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "message": "first",
          "timestamp": "2023-11-14T22:13:20+01:00",
          "tree_id": "0000000000000000000000000000000000000000",
          "url": "https://github.com/example/proj/commit/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        },
        "date": 1700000000000,
        "tool": "jmh",
        "benches": [
          {
            "name": "org.example.ParseBench.parse ( {\"size\":\"16\"} )",
            "value": 41.5,
            "unit": "ops/s",
            "extra": "iterations: 5\nforks: 1\nthreads: 1"
          },
          {
            "name": "org.example.ParseBench.latency",
            "value": 12.25,
            "unit": "ns/op",
            "extra": "iterations: 5\nforks: 1\nthreads: 1"
          }
        ]
      },
      {
        "commit": {
          "author": {
            "email": "dev@example.org",
            "name": "A Dev",
            "username": "adev"
          },
          "committer": {
            "email": "dev@example.org",
            "name": "A Dev",
            "username": "adev"
          },
          "distinct": true,
          "id": "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
          "message": "second",
          "timestamp": "2023-11-15T10:00:00Z",
          "tree_id": "0000000000000000000000000000000000000000",
          "url": "https://github.com/example/proj/commit/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
        },
        "date": 1700001000000,
        "tool": "jmh",
        "benches": [
          {
            "name": "org.example.ParseBench.parse ( {\"size\":\"16\"} )",
            "value": 40.0,
            "unit": "ops/s"
          },
          {
            "name": "org.example.ParseBench.latency",
            "value": 12.75,
            "unit": "ns/op"
          },
          {
            "name": "org.example.ParseBench.latency",
            "value": 13.0,
            "unit": "ns/op"
          }
        ]
      }
    ],
    "Custom": [
      {
        "commit": {
          "author": {
            "email": "dev@example.org",
            "name": "A Dev",
            "username": "adev"
          },
          "committer": {
            "email": "dev@example.org",
            "name": "A Dev",
            "username": "adev"
          },
          "distinct": true,
          "id": "cccccccccccccccccccccccccccccccccccccccc",
          "message": "third",
          "timestamp": "2023-11-16T10:00:00Z",
          "tree_id": "0000000000000000000000000000000000000000",
          "url": "https://github.com/example/proj/commit/cccccccccccccccccccccccccccccccccccccccc"
        },
        "date": 1700002000000,
        "tool": "customBiggerIsBetter",
        "benches": [
          {
            "name": "bigger_is_better",
            "value": "95",
            "unit": "ms"
          },
          {
            "name": "no unit",
            "value": 3
          }
        ]
      },
      {
        "commit": {
          "author": {
            "email": "dev@example.org",
            "name": "A Dev",
            "username": "adev"
          },
          "committer": {
            "email": "dev@example.org",
            "name": "A Dev",
            "username": "adev"
          },
          "distinct": true,
          "id": "dddddddddddddddddddddddddddddddddddddddd",
          "message": "fourth",
          "timestamp": "2023-11-17T10:00:00Z",
          "tree_id": "0000000000000000000000000000000000000000",
          "url": "https://github.com/example/proj/commit/dddddddddddddddddddddddddddddddddddddddd"
        },
        "date": 1700003000000,
        "tool": "go",
        "benches": [
          {
            "name": "BenchmarkPipeline",
            "value": 2556,
            "unit": "ns/op\t         0 drop_rate_%\t   2556682 ops/sec"
          },
          {
            "name": "BenchmarkPipeline - MB/s",
            "value": 310.5,
            "unit": "MB/s"
          }
        ]
      }
    ]
  }
};
