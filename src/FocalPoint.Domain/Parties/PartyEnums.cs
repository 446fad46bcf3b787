namespace FocalPoint.Domain.Parties;

public enum Sex
{
    NotRecorded,
    Male,
    Female,
}

/// <summary>Data-subject categories of Directive (EU) 2016/680 art. 6, kept apart per incident.</summary>
public enum PersonRole
{
    Suspect,
    Convicted,
    Victim,
    Witness,
    Owner,
    Other,
}

public enum CommunicationKind
{
    Phone,
    Email,
    MessagingAccount,
    SocialMediaAccount,
    BankAccount,
}

public enum OrganisationKind
{
    Company,
    ArmsDealer,
    ShootingClub,
    SecurityCompany,
    CriminalGroup,
    PublicBody,
    Other,
}
