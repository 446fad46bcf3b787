namespace FocalPoint.Domain.Community;

/// <summary>The four stages of a local safety audit (EFUS 2007), plus its end.</summary>
public enum AuditStage
{
    SetUp,
    Audit,
    Strategy,
    Implementation,
    Completed,
}

/// <summary>Age bands for survey respondents and council attendees; under 25 counts as youth.</summary>
public enum AgeBand
{
    NotReported,
    Under18,
    From18To24,
    From25To34,
    From35To54,
    From55,
}

/// <summary>Kosovo's communities as the Constitution names them; representation reports count each.</summary>
public enum CommunityGroup
{
    NotReported,
    Albanian,
    Serb,
    Bosniak,
    Turkish,
    Roma,
    Ashkali,
    Egyptian,
    Gorani,
    Other,
}
