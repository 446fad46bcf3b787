using System.Globalization;
using FocalPoint.Application.Common;
using FocalPoint.Application.Reports.Products;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Products;
using FocalPoint.Web.Localisation;

namespace FocalPoint.Web.Products;

/// <summary>
/// The knowledge products: an analyst composes a bulletin or Roadmap report (period, language, markings, commentary),
/// previews it as it would be published, and publishes it; everyone with the statistics capability downloads editions.
/// </summary>
public partial class ProductsPage
{
    private readonly ProductForm request = new();
    private ValidationErrors? errors;
    private ProductInputs? preview;
    private ProductSummary? published;
    private IReadOnlyList<ProductSummary>? products;
    private string? message;
    private bool busy;

    // A scheduled draft opens the page with its kind and period filled in (no personal data in the address).
    [Microsoft.AspNetCore.Components.SupplyParameterFromQuery(Name = "kind")] public string? DraftKind { get; set; }
    [Microsoft.AspNetCore.Components.SupplyParameterFromQuery(Name = "period")] public string? DraftPeriod { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (Enum.TryParse<ProductKind>(DraftKind, ignoreCase: false, out var kind) && Enum.IsDefined(kind))
        {
            request.Kind = kind;
        }

        request.Period = DraftPeriod is { Length: <= PublishedProduct.MaxPeriodLength } period ? period : request.Period;

        request.Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
        {
            "sq" => ProductLanguage.Sq,
            "sr" => ProductLanguage.Sr,
            _ => ProductLanguage.En,
        };
        if (!Prerendering)
        {
            products = await RunAsync<ListProducts, IReadOnlyList<ProductSummary>>(l => l.HandleAsync());
        }
    }

    private async Task PreviewAsync()
    {
        busy = true;
        message = null;
        published = null;
        var result = await RunAsync<PreviewProduct, CommandResult<ProductInputs>>(p => p.HandleAsync(request.ToRequest()));
        busy = false;
        errors = result.Errors;
        preview = result.Value;
    }

    private async Task PublishAsync()
    {
        busy = true;
        var result = await RunAsync<PublishProduct, CommandResult<ProductSummary>>(p => p.HandleAsync(request.ToRequest()));
        busy = false;
        errors = result.Errors;
        published = result.Value;
        message = result switch
        {
            { Conflict: true } => L["Product_Conflict"],
            { Errors: { } e } => L.AllText(e),
            { Value: { } p } => L["Product_Done", L[$"Product_Kind_{p.Kind}"], p.Period, p.Edition],
            _ => null,
        };
        if (published is not null)
        {
            preview = null;
            products = await RunAsync<ListProducts, IReadOnlyList<ProductSummary>>(l => l.HandleAsync());
        }
    }

    /// <summary>The form's fields; bound by the page, never onto a stored product.</summary>
    private sealed class ProductForm
    {
        public ProductKind Kind { get; set; } = ProductKind.Bulletin;
        public string? Period { get; set; }
        public ProductLanguage Language { get; set; }
        public HandlingCode HandlingCode { get; set; } = HandlingCode.H1;
        public Tlp Tlp { get; set; } = Tlp.Amber;
        public string? Commentary { get; set; }

        public ProductRequest ToRequest() => new(Kind, Period ?? "", Language, HandlingCode, Tlp, Commentary ?? "");
    }
}
