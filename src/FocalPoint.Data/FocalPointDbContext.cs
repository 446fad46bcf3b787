using FocalPoint.Data.Auditing;
using FocalPoint.Data.Identity;
using FocalPoint.Data.Jobs;
using FocalPoint.Data.Protection;
using FocalPoint.Domain.Ballistics;
using FocalPoint.Domain.Cases;
using FocalPoint.Domain.Community;
using FocalPoint.Domain.Cyber;
using FocalPoint.Domain.Infrastructure;
using FocalPoint.Domain.Training;
using FocalPoint.Domain.Import;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Indicators;
using FocalPoint.Domain.Items;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Network;
using FocalPoint.Domain.Notes;
using FocalPoint.Domain.Notifications;
using FocalPoint.Domain.Parties;
using FocalPoint.Domain.Products;
using FocalPoint.Domain.Reference;
using FocalPoint.Domain.Resolution;
using FocalPoint.Domain.Retention;
using FocalPoint.Domain.Risk;
using FocalPoint.Domain.Sharing;
using FocalPoint.Domain.Tracing;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Data;

/// <summary>The one EF Core model for every provider; provider quirks stay in <see cref="ProviderConventions"/>.</summary>
public class FocalPointDbContext(DbContextOptions<FocalPointDbContext> options)
    : IdentityDbContext<FocalPointUser>(options), IDataProtectionKeyContext
{
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<ReferenceSeries> ReferenceSeries => Set<ReferenceSeries>();
    public DbSet<Firearm> Firearms => Set<Firearm>();
    public DbSet<Ammunition> Ammunition => Set<Ammunition>();
    public DbSet<Explosive> Explosives => Set<Explosive>();
    public DbSet<Component> Components => Set<Component>();
    public DbSet<Person> Persons => Set<Person>();
    public DbSet<IncidentPerson> IncidentPersons => Set<IncidentPerson>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Vehicle> Vehicles => Set<Vehicle>();
    public DbSet<CommunicationIdentifier> CommunicationIdentifiers => Set<CommunicationIdentifier>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<EntityLink> Links => Set<EntityLink>();
    public DbSet<SavedChart> SavedCharts => Set<SavedChart>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseIncident> CaseIncidents => Set<CaseIncident>();
    public DbSet<CaseMember> CaseMembers => Set<CaseMember>();
    public DbSet<CaseHistoryEntry> CaseHistory => Set<CaseHistoryEntry>();
    public DbSet<CaseRecord> CaseRecords => Set<CaseRecord>();
    public DbSet<CaseTask> CaseTasks => Set<CaseTask>();
    public DbSet<CaseJournalEntry> CaseJournal => Set<CaseJournalEntry>();
    public DbSet<CaseAttachment> CaseAttachments => Set<CaseAttachment>();
    public DbSet<TraceRequest> TraceRequests => Set<TraceRequest>();
    public DbSet<TraceResult> TraceResults => Set<TraceResult>();
    public DbSet<StolenHit> StolenHits => Set<StolenHit>();
    public DbSet<BallisticExamination> BallisticExaminations => Set<BallisticExamination>();
    public DbSet<BallisticLead> BallisticLeads => Set<BallisticLead>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<CyberIncident> CyberIncidents => Set<CyberIncident>();
    public DbSet<CyberIndicator> CyberIndicators => Set<CyberIndicator>();
    public DbSet<CyberAttachment> CyberAttachments => Set<CyberAttachment>();
    public DbSet<CyberNote> CyberNotes => Set<CyberNote>();
    public DbSet<CyberOrganisation> CyberOrganisations => Set<CyberOrganisation>();
    public DbSet<CyberOrganisationMember> CyberOrganisationMembers => Set<CyberOrganisationMember>();
    public DbSet<TrainingCourse> TrainingCourses => Set<TrainingCourse>();
    public DbSet<TrainingPerson> TrainingPersons => Set<TrainingPerson>();
    public DbSet<TrainingParticipation> TrainingParticipations => Set<TrainingParticipation>();
    public DbSet<TrainingMatchReview> TrainingMatchReviews => Set<TrainingMatchReview>();
    public DbSet<InfrastructureOperator> InfrastructureOperators => Set<InfrastructureOperator>();
    public DbSet<InfrastructureOperatorMember> InfrastructureOperatorMembers => Set<InfrastructureOperatorMember>();
    public DbSet<CriticalAsset> CriticalAssets => Set<CriticalAsset>();
    public DbSet<ThreatLevelChange> ThreatLevelChanges => Set<ThreatLevelChange>();
    public DbSet<SecurityPlan> SecurityPlans => Set<SecurityPlan>();
    public DbSet<PlanRisk> PlanRisks => Set<PlanRisk>();
    public DbSet<PlanMeasure> PlanMeasures => Set<PlanMeasure>();
    public DbSet<Directorate> Directorates => Set<Directorate>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<CrossingPoint> CrossingPoints => Set<CrossingPoint>();
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Calibre> Calibres => Set<Calibre>();
    public DbSet<CalibreAlias> CalibreAliases => Set<CalibreAlias>();
    public DbSet<FirearmType> FirearmTypes => Set<FirearmType>();
    public DbSet<Make> Makes => Set<Make>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditAnchor> AuditAnchors => Set<AuditAnchor>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<FieldIndexKey> FieldIndexKeys => Set<FieldIndexKey>();
    public DbSet<IncidentSearchTerm> IncidentSearchTerms => Set<IncidentSearchTerm>();
    public DbSet<SearchPrefix> SearchPrefixes => Set<SearchPrefix>();
    public DbSet<Note> Notes => Set<Note>();
    public DbSet<RetentionReview> RetentionReviews => Set<RetentionReview>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<ImportProfile> ImportProfiles => Set<ImportProfile>();
    public DbSet<QuarantinedRow> QuarantinedRows => Set<QuarantinedRow>();
    public DbSet<ImportRecord> ImportRecords => Set<ImportRecord>();
    public DbSet<ImportRevision> ImportRevisions => Set<ImportRevision>();
    public DbSet<ResolvedEntity> ResolvedEntities => Set<ResolvedEntity>();
    public DbSet<EntityMembership> EntityMemberships => Set<EntityMembership>();
    public DbSet<ReviewPair> ReviewPairs => Set<ReviewPair>();
    public DbSet<MatchLabel> MatchLabels => Set<MatchLabel>();
    public DbSet<EntityHistoryEntry> EntityHistory => Set<EntityHistoryEntry>();
    public DbSet<ResolutionRun> ResolutionRuns => Set<ResolutionRun>();
    public DbSet<RoadmapGoal> RoadmapGoals => Set<RoadmapGoal>();
    public DbSet<RoadmapKpi> RoadmapKpis => Set<RoadmapKpi>();
    public DbSet<RoadmapKpiGoal> RoadmapKpiGoals => Set<RoadmapKpiGoal>();
    public DbSet<IndicatorDefinition> IndicatorDefinitions => Set<IndicatorDefinition>();
    public DbSet<IndicatorDefinitionVersion> IndicatorDefinitionVersions => Set<IndicatorDefinitionVersion>();
    public DbSet<SavedDashboardView> SavedDashboardViews => Set<SavedDashboardView>();
    public DbSet<ProductTemplate> ProductTemplates => Set<ProductTemplate>();
    public DbSet<PublishedProduct> PublishedProducts => Set<PublishedProduct>();
    public DbSet<ProductDraft> ProductDrafts => Set<ProductDraft>();
    public DbSet<RiskProfileVersion> RiskProfiles => Set<RiskProfileVersion>();
    public DbSet<RiskAssessmentVersion> RiskAssessments => Set<RiskAssessmentVersion>();
    public DbSet<CrossingMapping> CrossingMappings => Set<CrossingMapping>();
    public DbSet<ScreeningHit> ScreeningHits => Set<ScreeningHit>();
    public DbSet<ScreeningHitProfile> ScreeningHitProfiles => Set<ScreeningHitProfile>();
    public DbSet<ScreeningRunRecord> ScreeningRuns => Set<ScreeningRunRecord>();
    public DbSet<ScreeningRunPoint> ScreeningRunPoints => Set<ScreeningRunPoint>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();
    public DbSet<Limits.RateCounter> RateCounters => Set<Limits.RateCounter>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<ReferralStageChange> ReferralHistory => Set<ReferralStageChange>();
    public DbSet<ReferralAssessment> ReferralAssessments => Set<ReferralAssessment>();
    public DbSet<ReferralPanelMeeting> ReferralPanelMeetings => Set<ReferralPanelMeeting>();
    public DbSet<ReferralSupportItem> ReferralSupportItems => Set<ReferralSupportItem>();
    public DbSet<ReferralReview> ReferralReviews => Set<ReferralReview>();
    public DbSet<SafetyAudit> SafetyAudits => Set<SafetyAudit>();
    public DbSet<AuditStageChange> SafetyAuditHistory => Set<AuditStageChange>();
    public DbSet<SafetySurvey> SafetySurveys => Set<SafetySurvey>();
    public DbSet<SurveyQuestion> SurveyQuestions => Set<SurveyQuestion>();
    public DbSet<SurveyAnswer> SurveyAnswers => Set<SurveyAnswer>();
    public DbSet<SafetyWalk> SafetyWalks => Set<SafetyWalk>();
    public DbSet<WalkObservation> WalkObservations => Set<WalkObservation>();
    public DbSet<AuditPriority> AuditPriorities => Set<AuditPriority>();
    public DbSet<ActionItem> ActionItems => Set<ActionItem>();
    public DbSet<ActionProgress> ActionProgress => Set<ActionProgress>();
    public DbSet<CouncilMeeting> CouncilMeetings => Set<CouncilMeeting>();
    public DbSet<MeetingAttendee> MeetingAttendees => Set<MeetingAttendee>();
    public DbSet<MeetingDecision> MeetingDecisions => Set<MeetingDecision>();
    public DbSet<SharingPartner> SharingPartners => Set<SharingPartner>();
    public DbSet<PartnerKey> PartnerKeys => Set<PartnerKey>();
    public DbSet<OwnSharingKey> OwnSharingKeys => Set<OwnSharingKey>();
    public DbSet<PartnerGroup> PartnerGroups => Set<PartnerGroup>();
    public DbSet<PartnerGroupMember> PartnerGroupMembers => Set<PartnerGroupMember>();
    public DbSet<SharingPackageRecord> SharingPackages => Set<SharingPackageRecord>();
    public DbSet<ReceivedRecord> ReceivedRecords => Set<ReceivedRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL, and reordering an enum cannot silently change data.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        ProviderConventions.Apply(configurationBuilder, Database.ProviderName);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(FocalPointDbContext).Assembly);
        ProtectedFields.Apply(builder, FieldProtection.Find(this));
    }
}
