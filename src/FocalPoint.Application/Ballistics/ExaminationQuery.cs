namespace FocalPoint.Application.Ballistics;

public enum ExaminationSort
{
    Newest,
    Oldest,
    LabNumberAscending,
    LabNumberDescending,
    KindThenNewest,
    ExaminerThenNewest,
}

/// <summary>Which examinations the laboratory page shows: a lab-number prefix, an order and a page (all kept in the address).</summary>
public sealed record ExaminationQuery(string? LabNumber = null, ExaminationSort Sort = ExaminationSort.Newest, int Page = 1, int PageSize = ExaminationQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;
}
