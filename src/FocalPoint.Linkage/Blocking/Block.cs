namespace FocalPoint.Linkage.Blocking;

/// <summary>A run of records sharing one key under one rule: members are Order[Start..Start+Length].</summary>
internal readonly record struct Block(int Rule, int Start, int Length)
{
    public long Pairs => (long)Length * (Length - 1) / 2;
}
