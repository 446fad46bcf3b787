using System.CommandLine;
using System.Globalization;
using FocalPoint.Cli.Infrastructure;
using FocalPoint.Linkage;

namespace FocalPoint.Cli.Linkage;

/// <summary>`focalpoint link model`: trains (or reads) the model and prints m, u and the Bayes factor of every level, how EM went, and overlapping fields.</summary>
internal static class ModelCommand
{
    public static Command Create()
    {
        var shared = new LinkOptionSet();
        var output = new Option<FileInfo?>("--out") { Description = "Also write the model as JSON, for `link --model`." };
        var command = new Command("model", "Show the fitted model: m and u per level with Bayes factors, EM starts and likelihood; write it as JSON.") { output };
        shared.AddTo(command);
        command.SetAction(parse =>
        {
            var (settings, inputs) = shared.Load(parse);
            var options = shared.Options(parse, inputs);
            var model = options.Model ?? LinkOptionSet.Guard("training", () => inputs.Train(new Linker(settings), inputs.Read(), options.Labels));
            Print(parse.InvocationConfiguration.Output, model);
            if (parse.GetValue(output) is { } file)
            {
                using var writer = new StreamWriter(InputFile.Create(file));
                writer.Write(model.ToJson());
            }

            return CommandLine.Ok;
        });
        return command;
    }

    public static void Print(TextWriter output, LinkageModel model)
    {
        var prior = model.PriorMatchProbability;
        Line(output, $"Prior match probability: {prior:R} (log2 prior odds {Math.Log2(prior / (1 - prior)):0.000})");
        Line(output, $"Labelled pairs used:     {model.LabelledPairs:N0}");
        foreach (var c in model.Comparisons)
        {
            Line(output, $"{c.Name}{(c.Combines is { } parts ? $"  (combined: {string.Join(" + ", parts)})" : "")}");
            Line(output, $"  {"level",-44} {"m",12} {"u",12} {"bayes factor",14} {"log2",8}");
            foreach (var l in c.Levels)
            {
                Line(output, $"  {l.Label,-44} {l.M,12:0.000000} {l.U,12:0.000000} {l.BayesFactor,14:0.####} {l.Weight,8:0.000}");
            }
        }

        foreach (var run in model.Training)
        {
            Line(output, $"EM on '{run.Rule}': {run.Pairs:N0} pairs, best of {run.Starts} starts (start {run.BestStart + 1}), {run.Iterations} iterations, log-likelihood {run.LogLikelihood:0.###}, match share {run.MatchShare:0.####}");
        }

        foreach (var d in model.DependentFields)
        {
            Line(output, $"{(d.Combined ? "Combined" : "Warning")}: {d.Advice}");
        }
    }

    private static void Line(TextWriter output, FormattableString text) => output.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
