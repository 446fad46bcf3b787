using System.ComponentModel.DataAnnotations;

namespace FocalPoint.Web.Hosting;

/// <summary>Demo mode: accounts per role with one shared password, printed at start. Never enable in production.</summary>
internal sealed class DemoAccountOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }

    [MinLength(12)]
    public string Password { get; set; } = "";
}
