using FocalPoint.Application.Common;
using FocalPoint.Domain.Cyber;

namespace FocalPoint.Application.Cyber.Reporting;

/// <summary>The checks every report passes before anything is stored; all problems are gathered, per field.</summary>
internal static class CyberReportRules
{
    public static ValidationErrors Check(CyberReportInput input, CyberOptions options, DateTime nowUtc, bool institutional)
    {
        var errors = new ValidationErrors();
        TextRules.Check(errors, nameof(input.Title), input.Title?.Trim(), CyberIncident.MaxTitleLength, required: true);
        DescriptionRule(errors, input.Description);
        TextRules.Check(errors, nameof(input.Contact), input.Contact?.Trim(), CyberIncident.MaxContactLength);
        if (input.DetectedAtUtc is not { } detected)
        {
            errors.Add(nameof(input.DetectedAtUtc), Messages.Required);
        }
        else if (detected > nowUtc.AddMinutes(5))
        {
            errors.Add(nameof(input.DetectedAtUtc), CyberMessages.DetectedInFuture);
        }
        else if (detected.Year < 1990)
        {
            errors.Add(nameof(input.DetectedAtUtc), Messages.From1990);
        }

        if (institutional)
        {
            TextRules.Check(errors, nameof(input.ServiceAffected), input.ServiceAffected?.Trim(), CyberIncident.MaxServiceLength, required: true);
            if (input.UsersAffected is < 0 or > 100_000_000)
            {
                errors.Add(nameof(input.UsersAffected), CyberMessages.UsersAffected);
            }
        }

        CheckIndicators(errors, input, options);
        CheckFiles(errors, input, options);
        return errors;
    }

    // A description is kept as text with its markup (a phishing mail's HTML is evidence); it is encoded wherever shown.
    private static void DescriptionRule(ValidationErrors errors, string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            errors.Add("Description", Messages.Required);
            return;
        }

        if (description.Length > CyberIncident.MaxDescriptionLength)
        {
            errors.Add("Description", Messages.AtMostCharacters, CyberIncident.MaxDescriptionLength, description.Length);
        }

        if (description.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t')))
        {
            errors.Add("Description", Messages.ControlCharacters);
        }
    }

    private static void CheckIndicators(ValidationErrors errors, CyberReportInput input, CyberOptions options)
    {
        var given = input.Indicators.Where(i => !string.IsNullOrWhiteSpace(i.Value)).ToList();
        if (given.Count > options.MaxIndicators)
        {
            errors.Add("Indicators", CyberMessages.TooManyIndicators, options.MaxIndicators);
            return;
        }

        for (var i = 0; i < input.Indicators.Count; i++)
        {
            var indicator = input.Indicators[i];
            if (!string.IsNullOrWhiteSpace(indicator.Value) && IndicatorRules.Canonical(indicator.Type, indicator.Value) is null)
            {
                var shown = indicator.Value.Length > 80 ? indicator.Value[..80] + "…" : indicator.Value;
                errors.Add($"Indicators[{i}]", CyberMessages.BadIndicator, shown.Trim(), IndicatorRules.Label(indicator.Type));
            }
        }
    }

    private static void CheckFiles(ValidationErrors errors, CyberReportInput input, CyberOptions options)
    {
        if (input.Files.Count > options.MaxAttachments)
        {
            errors.Add("Files", CyberMessages.TooManyAttachments, options.MaxAttachments);
            return;
        }

        foreach (var file in input.Files)
        {
            var name = Path.GetFileName(file.FileName);
            if (file.Content.LongLength > options.MaxAttachmentBytes)
            {
                errors.Add("Files", CyberMessages.AttachmentTooLarge, name, options.MaxAttachmentBytes / (1 << 20));
            }
            else if (AttachmentStore.Sniff(name, file.Content) is null || name.Length > CyberAttachment.MaxNameLength)
            {
                errors.Add("Files", CyberMessages.AttachmentType, name);
            }
        }
    }
}
