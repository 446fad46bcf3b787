using System.Globalization;
using FocalPoint.Web.Components.Shared;

namespace FocalPoint.Web.Tests.Components;

/// <summary>Upload limits read as people say them, in the page's language.</summary>
public sealed class ByteSizeTests
{
    [Theory]
    [InlineData(2L << 30, "en", "2 GB")]
    [InlineData(8L << 20, "en", "8 MB")]
    [InlineData(3L << 19, "en", "1.5 MB")]
    [InlineData(3L << 19, "sq", "1,5 MB")]
    [InlineData(500, "en", "500 bytes")]
    public void Format_Limit_ReadsInTheLargestWholeUnit(long bytes, string culture, string expected) =>
        Assert.Equal(expected, ByteSize.Format(bytes, CultureInfo.GetCultureInfo(culture)));
}
