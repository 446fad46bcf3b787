using System.ComponentModel.DataAnnotations;

namespace FocalPoint.Application.Sharing;

/// <summary>Section "Sharing": who we are to partners and the limits of what we accept.</summary>
public sealed class SharingOptions
{
    public const string Section = "Sharing";

    /// <summary>Our code in payloads and record references (partners register us under it).</summary>
    [RegularExpression("^[A-Z0-9][A-Z0-9-]{1,31}$")] public string OwnCode { get; set; } = "XK-FFP";

    [Range(1024, int.MaxValue)] public int MaxPackageBytes { get; set; } = Packages.PackageFormat.DefaultMaxBytes;

    [Range(1, 365)] public int ExpiryDays { get; set; } = 30;

    /// <summary>A received identifier that matches more of our records than this is not correlated (it is too common to mean anything).</summary>
    [Range(1, 1000)] public int FanOutCap { get; set; } = 5;
}
