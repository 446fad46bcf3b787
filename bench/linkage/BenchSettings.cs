using FocalPoint.Linkage;

namespace FocalPoint.Bench.Linkage;

/// <summary>The person settings the benchmark runs, written as the JSON a user would write.</summary>
internal static class BenchSettings
{
    public const string Json = """
    {
      "uniqueIdColumn": "id",
      "comparisons": [
        { "column": "first_name", "normalisers": ["spelling-key"], "comparator": "jaro-winkler", "levels": [0.92, 0.8], "termFrequency": true, "swapColumn": "surname" },
        { "column": "surname", "normalisers": ["spelling-key"], "comparator": "jaro-winkler", "levels": [0.92, 0.8], "termFrequency": true, "swapColumn": "first_name" },
        { "column": "father_name", "normalisers": ["spelling-key"], "comparator": "jaro-winkler", "levels": [0.9] },
        { "column": "dob", "normalisers": ["date"], "comparator": "date", "levels": [31, 366] },
        { "column": "personal_no", "normalisers": ["digits"], "comparator": "personal-number" },
        { "column": "phone", "normalisers": ["phone"], "comparator": "exact" },
        { "column": "municipality", "normalisers": ["spelling-key"], "comparator": "exact" }
      ],
      "blockingRules": [
        { "name": "surname+first", "keys": [ { "column": "surname", "normalisers": ["spelling-key"] }, { "column": "first_name", "normalisers": ["spelling-key"] } ] },
        { "name": "dob+first initial", "keys": [ { "column": "dob", "normalisers": ["date"] }, { "column": "first_name", "normalisers": ["spelling-key", "prefix:1"] } ] },
        { "name": "dob+surname initial", "keys": [ { "column": "dob", "normalisers": ["date"] }, { "column": "surname", "normalisers": ["spelling-key", "prefix:1"] } ] },
        { "name": "personal number", "keys": [ { "column": "personal_no", "normalisers": ["digits"] } ] },
        { "name": "phone", "keys": [ { "column": "phone", "normalisers": ["phone"] } ] }
      ],
      "maxBlockSize": 1000,
      "matchThreshold": 0.9,
      "reviewThreshold": 0.5,
      "uSampleSize": 1000000
    }
    """;

    public static LinkageSettings Load() => LinkageSettings.FromJson(Json);
}
