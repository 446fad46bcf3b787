using System.ComponentModel.DataAnnotations;

namespace FocalPoint.Web.Account;

/// <summary>Session rules; see docs/decisions/0006-second-factor.md.</summary>
internal sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>A session unused for this long ends (sliding). Fractions allowed so tests can use seconds.</summary>
    [Range(0.01, 24 * 60)]
    public double IdleTimeoutMinutes { get; set; } = 30;
}
