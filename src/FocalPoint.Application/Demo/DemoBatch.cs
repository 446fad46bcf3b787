using FocalPoint.Domain.Ballistics;
using FocalPoint.Domain.Cases;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Parties;
using FocalPoint.Domain.Tracing;

namespace FocalPoint.Application.Demo;

/// <summary>Which human a person record names: the ground truth that entity resolution is measured against.</summary>
public readonly record struct PersonTruth(long PersonId, long IdentityId);

/// <summary>Which physical gun a firearm record describes: the same gun can be recorded in several incidents.</summary>
public readonly record struct FirearmTruth(long FirearmId, long PhysicalFirearmId);

/// <summary>
/// One slice of demo data in insertion order. Rows reference other rows by id only, and only rows of this or an
/// earlier batch, so a batch can be inserted as soon as it arrives.
/// </summary>
public sealed class DemoBatch
{
    public List<Incident> Incidents { get; } = [];
    public List<Firearm> Firearms { get; } = [];
    public List<Ammunition> Ammunition { get; } = [];
    public List<Explosive> Explosives { get; } = [];
    public List<Component> Components { get; } = [];
    public List<Person> Persons { get; } = [];
    public List<IncidentPerson> IncidentPersons { get; } = [];
    public List<Organisation> Organisations { get; } = [];
    public List<Vehicle> Vehicles { get; } = [];
    public List<CommunicationIdentifier> CommunicationIdentifiers { get; } = [];
    public List<Location> Locations { get; } = [];
    public List<EntityLink> Links { get; } = [];
    public List<Case> Cases { get; } = [];
    public List<CaseMember> CaseMembers { get; } = [];
    public List<CaseIncident> CaseIncidents { get; } = [];
    public List<CaseHistoryEntry> CaseHistory { get; } = [];
    public List<CaseTask> CaseTasks { get; } = [];
    public List<CaseJournalEntry> CaseJournal { get; } = [];
    public List<TraceRequest> TraceRequests { get; } = [];
    public List<TraceResult> TraceResults { get; } = [];
    public List<BallisticExamination> BallisticExaminations { get; } = [];
    public List<BallisticLead> BallisticLeads { get; } = [];
    public List<PersonTruth> PersonTruths { get; } = [];
    public List<FirearmTruth> FirearmTruths { get; } = [];
}
