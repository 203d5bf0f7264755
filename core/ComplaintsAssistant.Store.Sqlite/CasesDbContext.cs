using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ComplaintsAssistant.Store.Sqlite;

internal sealed class CasesDbContext(DbContextOptions<CasesDbContext> options) : DbContext(options)
{
    public DbSet<CaseRow> Cases => Set<CaseRow>();
    public DbSet<LearningActionRow> LearningActions => Set<LearningActionRow>();
    public DbSet<SequenceRow> Sequences => Set<SequenceRow>();
    public DbSet<IntakeClaimRow> IntakeClaims => Set<IntakeClaimRow>();
    public DbSet<ConversationRow> Conversations => Set<ConversationRow>();
    public DbSet<CaseMessageRow> CaseMessages => Set<CaseMessageRow>();
    public DbSet<PromptRow> Prompts => Set<PromptRow>();
    public DbSet<TriageDraftRow> TriageDrafts => Set<TriageDraftRow>();
    public DbSet<MailboxCursorRow> MailboxCursors => Set<MailboxCursorRow>();
    public DbSet<CaseReadRow> CaseReads => Set<CaseReadRow>();
    public DbSet<PersonKeyRow> PersonKeys => Set<PersonKeyRow>();
    public DbSet<SubjectAccessRequestRow> SubjectAccessRequests => Set<SubjectAccessRequestRow>();
    public DbSet<LegalHoldRow> LegalHolds => Set<LegalHoldRow>();
    public DbSet<DisposalEntryRow> DisposalEntries => Set<DisposalEntryRow>();
    public DbSet<DisposalRecordRow> DisposalRecords => Set<DisposalRecordRow>();
    public DbSet<FigureCaseRow> FigureCases => Set<FigureCaseRow>();
    public DbSet<FigureStageRow> FigureStages => Set<FigureStageRow>();
    public DbSet<FigureConcernRow> FigureConcerns => Set<FigureConcernRow>();
    public DbSet<FigureCaseMonthRow> FigureCaseMonths => Set<FigureCaseMonthRow>();
    public DbSet<FigureStageMonthRow> FigureStageMonths => Set<FigureStageMonthRow>();
    public DbSet<FigureConcernMonthRow> FigureConcernMonths => Set<FigureConcernMonthRow>();
    public DbSet<FigureChildRow> FigureChildren => Set<FigureChildRow>();
    public DbSet<FigureChildMonthRow> FigureChildMonths => Set<FigureChildMonthRow>();
    public DbSet<FigurePaymentRow> FigurePayments => Set<FigurePaymentRow>();
    public DbSet<FigureOmbudsmanRow> FigureOmbudsman => Set<FigureOmbudsmanRow>();
    public DbSet<FigureEscalationRow> FigureEscalations => Set<FigureEscalationRow>();
    public DbSet<FigureResolutionRow> FigureResolutions => Set<FigureResolutionRow>();
    public DbSet<FigureResolutionMonthRow> FigureResolutionMonths => Set<FigureResolutionMonthRow>();

    // SQLite can't order or compare DateTimeOffset text; ticks since 0001 UTC order as instants do.
    private static readonly ValueConverter<DateTimeOffset, long> UtcTicks = new(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<CaseRow>(c =>
        {
            c.ToTable("Cases");
            c.HasKey(x => x.Id);
            c.Property(x => x.Kind).HasConversion<string>();
            c.Property(x => x.Status).HasConversion<string>();
            c.HasIndex(x => x.Reference).IsUnique();
            c.HasIndex(x => x.IntakeKey).IsUnique();
            // The deadline scheduler: open clocks due on or before a day.
            c.HasIndex(x => new { x.IsOpen, x.DueOn });
            // The deadline prompts: cases with a deadline that prompts on or before a day, in keyset order.
            c.HasIndex(x => new { x.PromptOn, x.Reference });
            // "My cases" and a team's cases.
            c.HasIndex(x => new { x.Owner, x.IsOpen, x.DueOn });
            c.HasIndex(x => new { x.Team, x.IsOpen, x.DueOn });
            // A year's figures.
            c.HasIndex(x => new { x.ReceivedOn, x.Kind });
        });
        model.Entity<LearningActionRow>(l =>
        {
            l.ToTable("LearningActions");
            l.HasKey(x => new { x.CaseId, x.Number });
            l.Property(x => x.Status).HasConversion<string>();
            l.HasIndex(x => new { x.Status, x.TargetDate });
            l.HasIndex(x => new { x.Team, x.Status });
        });
        model.Entity<SequenceRow>(s =>
        {
            s.ToTable("Sequences");
            s.HasKey(x => x.Name);
        });
        model.Entity<IntakeClaimRow>(i =>
        {
            i.ToTable("IntakeClaims");
            i.HasKey(x => x.IntakeKey);
        });
        model.Entity<CaseMessageRow>(m =>
        {
            m.ToTable("CaseMessages");
            // One email belongs to one case.
            m.HasKey(x => x.MessageId);
            m.HasIndex(x => x.CaseId);
        });
        model.Entity<PromptRow>(p =>
        {
            p.ToTable("Prompts");
            p.HasKey(x => x.Key);
            p.Property(x => x.State).HasConversion<string>();
            foreach (var instant in new[] { nameof(PromptRow.LeaseUntil), nameof(PromptRow.UpdatedAt), nameof(PromptRow.SentAt), nameof(PromptRow.RetryAt) })
                p.Property(instant).HasConversion(UtcTicks);
            // The officers' digest and retries: what is not sent yet, oldest first.
            p.HasIndex(x => new { x.State, x.UpdatedAt });
        });
        model.Entity<TriageDraftRow>(t =>
        {
            t.ToTable("TriageDrafts");
            // One email, one draft: the id is derived from its internet message id.
            t.HasKey(x => x.Id);
            t.Property(x => x.State).HasConversion<string>();
            t.Property(x => x.DraftedAt).HasConversion(UtcTicks);
            // The drafts waiting for an officer, oldest first.
            t.HasIndex(x => new { x.State, x.DraftedAt });
        });
        model.Entity<MailboxCursorRow>(c =>
        {
            c.ToTable("MailboxCursors");
            c.HasKey(x => x.Mailbox);
        });
        model.Entity<CaseReadRow>(r =>
        {
            r.ToTable("CaseReads");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedOnAdd();
            r.Property(x => x.Through).HasConversion<string>();
            r.Property(x => x.At).HasConversion(UtcTicks);
            // A case's reads, and one person's reads in a period, newest first.
            r.HasIndex(x => new { x.CaseId, x.At });
            r.HasIndex(x => new { x.ReaderId, x.At });
            // The access log's own retention: the oldest reads go first.
            r.HasIndex(x => x.At);
        });
        model.Entity<PersonKeyRow>(p =>
        {
            p.ToTable("PersonKeys");
            p.HasKey(x => new { x.CaseId, x.Field, x.Key });
            p.Property(x => x.Field).HasConversion<string>();
            // A subject access search: the cases holding a key.
            p.HasIndex(x => new { x.Key, x.CaseId });
        });
        model.Entity<SubjectAccessRequestRow>(r =>
        {
            r.ToTable("SubjectAccessRequests");
            r.HasKey(x => x.Id);
            r.HasIndex(x => x.Reference).IsUnique();
        });
        model.Entity<LegalHoldRow>(h =>
        {
            h.ToTable("LegalHolds");
            h.HasKey(x => x.Id);
            h.Property(x => x.Scope).HasConversion<string>();
            h.Property(x => x.SetAt).HasConversion(UtcTicks);
            h.Property(x => x.LiftedAt).HasConversion(UtcTicks);
        });
        model.Entity<DisposalEntryRow>(e =>
        {
            e.ToTable("DisposalEntries");
            e.HasKey(x => x.CaseId);
            e.Property(x => x.Class).HasConversion<string>();
            e.Property(x => x.State).HasConversion<string>();
            e.Property(x => x.ApprovedAt).HasConversion(UtcTicks);
        });
        model.Entity<DisposalRecordRow>(r =>
        {
            r.ToTable("DisposalRecords");
            // One record per case destroyed, whichever host finished it.
            r.HasKey(x => x.Reference);
            r.Property(x => x.Class).HasConversion<string>();
            r.HasIndex(x => x.DisposedOn);
        });
        FigureFacts(model);
        model.Entity<ConversationRow>(s =>
        {
            s.ToTable("Conversations");
            s.HasKey(x => x.UserKey);
        });
    }

    /// <summary>The figures' fact tables: every figure is a GROUP BY over one of them, filtered by kind and a date range
    /// first. Each index leads with what every figure filters on and then carries the columns figures group by, so a
    /// figure is read from the index alone (a live figure at 100k cases in milliseconds, bench/ComplaintsAssistant.Bench.Figures).</summary>
    private static void FigureFacts(ModelBuilder model)
    {
        model.Entity<FigureCaseRow>(f =>
        {
            f.ToTable("FigureCases");
            f.HasKey(x => x.CaseId);
            f.Property(x => x.Kind).HasConversion<string>();
            f.Property(x => x.MemberType).HasConversion<string>();
            f.Property(x => x.HowReceived).HasConversion<string>();
            f.Property(x => x.Relationship).HasConversion<string>();
            f.HasIndex(x => new { x.Kind, x.ReceivedOn, x.Team, x.MemberType, x.ComplimentSource, x.ComplimentCategory, x.ByYoungPerson, x.FurthestStage });
        });
        model.Entity<FigureChildRow>(f =>
        {
            f.ToTable("FigureChildren");
            f.HasKey(x => new { x.CaseId, x.Number });
            f.Property(x => x.Kind).HasConversion<string>();
            f.Property(x => x.AgeBand).HasConversion<string>();
            f.Property(x => x.Gender).HasConversion<string>();
            f.Property(x => x.Ethnicity).HasConversion<string>();
            f.Property(x => x.EthnicGroup).HasConversion<string>();
            f.Property(x => x.Disability).HasConversion<string>();
            f.HasIndex(x => new { x.Kind, x.ReceivedOn, x.Team });
        });
        model.Entity<FigureStageRow>(f =>
        {
            f.ToTable("FigureStages");
            f.HasKey(x => new { x.CaseId, x.Stage });
            f.Property(x => x.Kind).HasConversion<string>();
            f.Property(x => x.Band).HasConversion<string>();
            f.Property(x => x.Outcome).HasConversion<string>();
            f.Property(x => x.MemberType).HasConversion<string>();
            // Covering: figures that read stage rows (average days, status as at a date, member enquiries by type) find every
            // column they need, the case id for the as-at and member-type look-ups included, without reading the table.
            f.HasIndex(x => new { x.Kind, x.Stage, x.ReceivedOn, x.IsFurthest, x.Band, x.WithinStatutory, x.WithinExtended, x.Team, x.Outcome,
                x.WorkingDays, x.OpenedOn, x.RespondedOn, x.CaseId });
            f.HasIndex(x => new { x.Kind, x.Stage, x.RespondedOn, x.IsFurthest, x.Band, x.WithinStatutory, x.WithinExtended, x.Team, x.Outcome,
                x.WorkingDays, x.OpenedOn, x.ReceivedOn, x.CaseId });
        });
        model.Entity<FigureConcernRow>(f =>
        {
            f.ToTable("FigureConcerns");
            f.HasKey(x => new { x.CaseId, x.Number });
            f.Property(x => x.Kind).HasConversion<string>();
            f.Property(x => x.Outcome).HasConversion<string>();
            f.HasIndex(x => new { x.Kind, x.ReceivedOn, x.Category, x.Outcome, x.FirstOfCategory, x.Team });
        });
        FigureMonths(model);
        FigureRedress(model);
    }

    /// <summary>Money, the Ombudsman, escalations and ADR, and resolutions: few rows per case (most cases have no payment,
    /// no Ombudsman enquiry, no escalation), so they are counted straight from an index on kind and date, with no month counts.</summary>
    private static void FigureRedress(ModelBuilder model)
    {
        model.Entity<FigurePaymentRow>(f =>
        {
            f.ToTable("FigurePayments");
            f.HasKey(x => new { x.CaseId, x.Number });
            f.Property(x => x.Kind).HasConversion<string>();
            f.Property(x => x.PaymentKind).HasConversion<string>();
            f.HasIndex(x => new { x.Kind, x.ReceivedOn, x.PaymentKind, x.Stage, x.Team, x.Pence });
        });
        model.Entity<FigureOmbudsmanRow>(f =>
        {
            f.ToTable("FigureOmbudsman");
            f.HasKey(x => x.CaseId);
            f.Property(x => x.Kind).HasConversion<string>();
            f.Property(x => x.OmbudsmanDecision).HasConversion<string>();
            f.Property(x => x.Finding).HasConversion<string>();
            f.HasIndex(x => new { x.Kind, x.ReceivedOn, x.Team });
            f.HasIndex(x => new { x.Kind, x.DecidedOn, x.Team });
        });
        model.Entity<FigureEscalationRow>(f =>
        {
            f.ToTable("FigureEscalations");
            f.HasKey(x => new { x.CaseId, x.Number });
            f.Property(x => x.Kind).HasConversion<string>();
            f.Property(x => x.EscalationDecision).HasConversion<string>();
            f.HasIndex(x => new { x.Kind, x.ReceivedOn, x.ToStage, x.AdrHeld, x.AdrResolved, x.Team });
        });
        model.Entity<FigureResolutionRow>(f =>
        {
            f.ToTable("FigureResolutions");
            f.HasKey(x => new { x.CaseId, x.Stage, x.Resolution });
            f.Property(x => x.Kind).HasConversion<string>();
            f.Property(x => x.Resolution).HasConversion<string>();
            f.HasIndex(x => new { x.Kind, x.ReceivedOn, x.Stage, x.IsFurthest, x.Resolution, x.Team });
            f.HasIndex(x => new { x.Kind, x.RespondedOn, x.Stage, x.IsFurthest, x.Resolution, x.Team });
        });
    }

    /// <summary>The month counts (<see cref="FigureCaseMonthRow"/>): indexed on what a trigger looks a row up by, so a save
    /// stays one quick write; figures read them whole (a few rows per team and month).</summary>
    private static void FigureMonths(ModelBuilder model)
    {
        model.Entity<FigureCaseMonthRow>(f =>
        {
            f.ToTable("FigureCaseMonths");
            f.HasKey(x => x.Id);
            f.Property(x => x.Kind).HasConversion<string>();
            f.Property(x => x.MemberType).HasConversion<string>();
            f.Property(x => x.HowReceived).HasConversion<string>();
            f.Property(x => x.Relationship).HasConversion<string>();
            f.HasIndex(x => new { x.Kind, x.Month, x.Team });
        });
        model.Entity<FigureChildMonthRow>(f =>
        {
            f.ToTable("FigureChildMonths");
            f.HasKey(x => x.Id);
            f.Property(x => x.Kind).HasConversion<string>();
            f.Property(x => x.AgeBand).HasConversion<string>();
            f.Property(x => x.Gender).HasConversion<string>();
            f.Property(x => x.Ethnicity).HasConversion<string>();
            f.Property(x => x.EthnicGroup).HasConversion<string>();
            f.Property(x => x.Disability).HasConversion<string>();
            f.HasIndex(x => new { x.Kind, x.Month, x.Team });
        });
        model.Entity<FigureStageMonthRow>(f =>
        {
            f.ToTable("FigureStageMonths");
            f.HasKey(x => x.Id);
            f.Property(x => x.Basis).HasConversion<string>();
            f.Property(x => x.Kind).HasConversion<string>();
            f.Property(x => x.Band).HasConversion<string>();
            f.Property(x => x.Outcome).HasConversion<string>();
            f.Property(x => x.MemberType).HasConversion<string>();
            f.HasIndex(x => new { x.Basis, x.Kind, x.Stage, x.Month, x.Team });
        });
        model.Entity<FigureResolutionMonthRow>(f =>
        {
            f.ToTable("FigureResolutionMonths");
            f.HasKey(x => x.Id);
            f.Property(x => x.Basis).HasConversion<string>();
            f.Property(x => x.Kind).HasConversion<string>();
            f.Property(x => x.Resolution).HasConversion<string>();
            f.HasIndex(x => new { x.Basis, x.Kind, x.Stage, x.Month, x.Team });
        });
        model.Entity<FigureConcernMonthRow>(f =>
        {
            f.ToTable("FigureConcernMonths");
            f.HasKey(x => x.Id);
            f.Property(x => x.Kind).HasConversion<string>();
            f.Property(x => x.Outcome).HasConversion<string>();
            f.HasIndex(x => new { x.Kind, x.Month, x.Team, x.Category });
        });
    }
}
