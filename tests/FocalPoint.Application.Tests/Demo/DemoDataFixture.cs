using FocalPoint.Application.Demo;
using FocalPoint.Data.ReferenceData;

namespace FocalPoint.Application.Tests.Demo;

/// <summary>The scale-1 demo data, generated once for all tests of the class.</summary>
public sealed class DemoDataFixture
{
    public DemoDataFixture()
    {
        Reference = ReferenceDataCatalog.Load();
        Batches = [.. new DemoGenerator(Reference, new DemoOptions()).Generate()];
    }

    public ReferenceDataSet Reference { get; }
    public List<DemoBatch> Batches { get; }

    public IEnumerable<T> All<T>(Func<DemoBatch, IEnumerable<T>> select) => Batches.SelectMany(select);
}
