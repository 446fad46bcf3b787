using System.Globalization;
using FocalPoint.Application.Common;
using FocalPoint.Application.Import;
using FocalPoint.Application.Import.Reading;
using FocalPoint.Domain.Community;
using FocalPoint.Domain.Parties;

namespace FocalPoint.Application.Community.Safety;

/// <summary>
/// Reads survey answers from CSV or XLSX through the import's readers (ADR 0009): one respondent a row, columns
/// "sex", "age_band", "community" and "q1".."qN". Every row is checked against the survey's scale; the rows come
/// back only when none has a problem, otherwise the problems, row by row.
/// </summary>
internal static class SurveyFile
{
    public const int MaxRows = 20_000;
    private const int MaxMessages = 50;

    public static (IReadOnlyList<RespondentInput> Rows, ValidationErrors Errors) Read(Stream content, string fileName, SafetySurvey survey, ImportOptions options)
    {
        var errors = new ValidationErrors();
        var rows = new List<RespondentInput>();
        try
        {
            using var memory = new MemoryStream();
            content.CopyTo(memory);
            var head = memory.GetBuffer().AsSpan(0, (int)Math.Min(memory.Length, FileSniffer.SampleSize));
            var format = FileSniffer.Detect(head, fileName);
            var encoding = TextEncodingDetector.Detect(head);
            if (format == ImportFormat.Xlsx)
            {
                XlsxSourceReader.CheckNotABomb(memory, fileName, options.MaxUncompressedBytes, options.MaxCompressionRatio);
            }

            memory.Position = 0;
            using ISourceReader reader = format == ImportFormat.Xlsx ? new XlsxSourceReader(memory, null, fileName) : new CsvSourceReader(memory, encoding, fileName);
            var columns = Columns(reader.Headers, survey, errors);
            if (!errors.IsEmpty)
            {
                return ([], errors);
            }

            foreach (var row in reader.ReadRows(CancellationToken.None).Take(MaxRows))
            {
                if (Row(row, columns, survey, errors) is { } respondent)
                {
                    rows.Add(respondent);
                }

                if (errors.For("File").Count >= MaxMessages)
                {
                    break;
                }
            }
        }
        catch (ImportFileException e)
        {
            errors.Add("File", SafetyMessages.Unreadable, e.Message);
        }

        if (errors.IsEmpty && rows.Count == 0)
        {
            errors.Add("File", SafetyMessages.NoRows);
        }

        return errors.IsEmpty ? (rows, errors) : ([], errors);
    }

    private static Dictionary<string, int> Columns(IReadOnlyList<string> headers, SafetySurvey survey, ValidationErrors errors)
    {
        var index = headers.Select((h, i) => (Name: h.Trim().ToLowerInvariant(), i)).GroupBy(h => h.Name).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var wanted = new[] { "sex", "age_band", "community" }.Concat(survey.Questions.Select(q => Q(q.Number)));
        var missing = wanted.Where(w => !index.ContainsKey(w)).ToList();
        if (missing.Count > 0)
        {
            errors.Add("File", SafetyMessages.MissingColumns, string.Join(", ", missing));
        }

        return index;
    }

    private static RespondentInput? Row(SourceRow row, Dictionary<string, int> columns, SafetySurvey survey, ValidationErrors errors)
    {
        string Cell(string name) => columns[name] < row.Values.Count ? row.Values[columns[name]]?.Trim() ?? "" : "";
        var before = errors.For("File").Count;
        var sex = Parse<Sex>(Cell("sex"), SurveyCodes.Sex);
        var age = Parse<AgeBand>(Cell("age_band"), SurveyCodes.AgeBands);
        var community = Parse(Cell("community"), SurveyCodes.None<CommunityGroup>());
        if (sex is null) { errors.Add("File", SafetyMessages.UnknownColumn, row.RowNumber, "sex", Cell("sex")); }
        if (age is null) { errors.Add("File", SafetyMessages.UnknownColumn, row.RowNumber, "age_band", Cell("age_band")); }
        if (community is null) { errors.Add("File", SafetyMessages.UnknownColumn, row.RowNumber, "community", Cell("community")); }

        var answers = new List<int?>();
        foreach (var question in survey.Questions.OrderBy(q => q.Number))
        {
            var text = Cell(Q(question.Number));
            if (text.Length == 0)
            {
                answers.Add(null);
            }
            else if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                errors.Add("File", SafetyMessages.NotANumber, row.RowNumber, question.Number, text);
            }
            else if (value < survey.ScaleMin || value > survey.ScaleMax)
            {
                errors.Add("File", SafetyMessages.OutsideScale, row.RowNumber, question.Number, value, survey.ScaleMin, survey.ScaleMax);
            }
            else
            {
                answers.Add(value);
            }
        }

        return errors.For("File").Count == before ? new RespondentInput(sex!.Value, age!.Value, community!.Value, answers) : null;
    }

    private static string Q(int number) => "q" + number.ToString(CultureInfo.InvariantCulture);

    private static T? Parse<T>(string text, IReadOnlyDictionary<string, T> codes)
        where T : struct, Enum
    {
        if (text.Length == 0)
        {
            return default(T);
        }

        if (codes.TryGetValue(text, out var coded))
        {
            return coded;
        }

        return Enum.TryParse<T>(text, ignoreCase: true, out var named) && Enum.IsDefined(named) && !int.TryParse(text, out _) ? named : null;
    }
}

/// <summary>The short codes survey files use beside the enum names.</summary>
internal static class SurveyCodes
{
    public static readonly IReadOnlyDictionary<string, Sex> Sex = new Dictionary<string, Sex>(StringComparer.OrdinalIgnoreCase)
    {
        ["M"] = Domain.Parties.Sex.Male, ["F"] = Domain.Parties.Sex.Female,
    };

    public static readonly IReadOnlyDictionary<string, AgeBand> AgeBands = new Dictionary<string, AgeBand>(StringComparer.OrdinalIgnoreCase)
    {
        ["<18"] = AgeBand.Under18, ["18-24"] = AgeBand.From18To24, ["25-34"] = AgeBand.From25To34, ["35-54"] = AgeBand.From35To54, ["55+"] = AgeBand.From55,
    };

    public static IReadOnlyDictionary<string, T> None<T>() => new Dictionary<string, T>();
}
