using System.Reflection;
using FocalPoint.Application.Common;
using FocalPoint.Data;
using FocalPoint.Domain.Products;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Reports.Products;

/// <summary>A template as the editor shows it: its text and whether it is the shipped default.</summary>
public sealed record TemplateText(ProductKind Kind, ProductLanguage Language, string Body, bool IsDefault, int Version);

/// <summary>The template of a product in a language: the analysts' stored text, else the one shipped with FocalPoint.</summary>
public sealed class GetProductTemplate(FocalPointDbContext db)
{
    public async Task<TemplateText> HandleAsync(ProductKind kind, ProductLanguage language, CancellationToken cancellationToken = default)
    {
        var stored = await db.ProductTemplates.AsNoTracking().Where(t => t.Kind == kind && t.Language == language)
            .Select(t => new TemplateText(t.Kind, t.Language, t.Body, false, t.Version)).FirstOrDefaultAsync(cancellationToken);
        return stored ?? new TemplateText(kind, language, Default(kind, language), true, 0);
    }

    public static string Default(ProductKind kind, ProductLanguage language)
    {
        // "-sq" rather than ".sq": MSBuild would read ".sq.txt" as a culture and move the file into a satellite assembly.
        var name = $"FocalPoint.Templates.{kind.ToString().ToLowerInvariant()}-{language.ToString().ToLowerInvariant()}.txt";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Template {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>
/// Saves an analyst's template. A template with a placeholder FocalPoint cannot fill is refused, naming it, and
/// nothing is stored: a product must never go out with a hole where a figure should be.
/// </summary>
public sealed class SaveProductTemplate(FocalPointDbContext db)
{
    public const string BodyField = "Body";

    public async Task<CommandResult<int>> HandleAsync(ProductKind kind, ProductLanguage language, string body, int expectedVersion, CancellationToken cancellationToken = default)
    {
        var errors = Validate(body);
        if (!errors.IsEmpty)
        {
            return CommandResult<int>.Invalid(errors);
        }

        var template = await db.ProductTemplates.FirstOrDefaultAsync(t => t.Kind == kind && t.Language == language, cancellationToken);
        if (template is null)
        {
            template = new ProductTemplate { Kind = kind, Language = language };
            db.ProductTemplates.Add(template);
        }
        else if (template.Version != expectedVersion)
        {
            return CommandResult<int>.Conflicted();
        }

        template.Body = body.Replace("\r\n", "\n", StringComparison.Ordinal);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another analyst saved the same template first (concurrency token or the unique kind and language).
            return CommandResult<int>.Conflicted();
        }

        return CommandResult<int>.Ok(template.Version);
    }

    public static ValidationErrors Validate(string? body)
    {
        var errors = new ValidationErrors();
        TextRules.Check(errors, BodyField, body, ProductTemplate.MaxBodyLength, required: true, multiline: true);
        foreach (var unknown in TemplateSyntax.Unknown(body ?? ""))
        {
            errors.Add(BodyField, Messages.UnknownPlaceholder, unknown);
        }

        return errors;
    }
}
