namespace EngagementBot.Domain.Incidents;

/// <summary>
/// An incident a practitioner reported: which case (the pseudonymous reference) and area, what happened
/// (the procedure pack's threatening-behaviour ids, plus their own words), when and where, whether anyone
/// was hurt, whether the child or adult at risk was seen and how they seemed, whether the police were told
/// (and must be), who reported it from which conversation, and when it was submitted.
/// <para>
/// Submitted incidents are a record: never changed or deleted. Anything learnt later is appended as an
/// <see cref="IncidentAddition"/>. The free-text fields (<see cref="Location"/>, <see cref="OtherBehaviour"/>,
/// <see cref="Narrative"/>, <see cref="AtRiskSeemed"/>, <see cref="CrimeReference"/>) stay in this record and
/// in the reporter's and their manager's view; they never go to a channel.
/// </para>
/// </summary>
public sealed record Incident(
    Guid Id,
    string CaseReference,
    string? Area,
    string PackId,
    IncidentReporter Reporter,
    DateTimeOffset OccurredAt,
    string Venue,
    string? Location,
    IReadOnlyList<string> Behaviours,
    string? OtherBehaviour,
    string? Narrative,
    bool AnyoneHurt,
    bool AtRiskSeen,
    string? AtRiskSeemed,
    bool PoliceMustBeTold,
    bool PoliceTold,
    string? CrimeReference,
    DateTimeOffset SubmittedAt)
{
    /// <summary>Longest free text kept in one field.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>
    /// Checks the record: reference, pack, venue and reporter are not blank; something happened (a behaviour
    /// or the reporter's own words); behaviours are listed once each; it happened before it was submitted;
    /// a crime reference only when the police were told; free text within <see cref="MaxTextLength"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A rule is broken.</exception>
    public void EnsureValid()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(CaseReference, nameof(CaseReference));
        ArgumentException.ThrowIfNullOrWhiteSpace(PackId, nameof(PackId));
        ArgumentException.ThrowIfNullOrWhiteSpace(Venue, nameof(Venue));
        ArgumentNullException.ThrowIfNull(Reporter);
        ArgumentException.ThrowIfNullOrWhiteSpace(Reporter.AadObjectId, nameof(Reporter));
        ArgumentException.ThrowIfNullOrWhiteSpace(Reporter.UserId, nameof(Reporter));
        ArgumentNullException.ThrowIfNull(Behaviours);
        if (Behaviours.Any(string.IsNullOrWhiteSpace) || Behaviours.Distinct(StringComparer.Ordinal).Count() != Behaviours.Count)
        {
            throw new ArgumentException("Each behaviour of an incident is listed once, by its pack id.", nameof(Behaviours));
        }

        if (Behaviours.Count == 0 && string.IsNullOrWhiteSpace(OtherBehaviour) && string.IsNullOrWhiteSpace(Narrative))
        {
            throw new ArgumentException("An incident needs at least one behaviour or the reporter's own words.", nameof(Behaviours));
        }

        if (OccurredAt > SubmittedAt)
        {
            throw new ArgumentException("An incident cannot be submitted before it happened.", nameof(OccurredAt));
        }

        if (CrimeReference is not null && !PoliceTold)
        {
            throw new ArgumentException("A crime reference is only recorded when the police were told.", nameof(CrimeReference));
        }

        if (new[] { Location, OtherBehaviour, Narrative, AtRiskSeemed, CrimeReference, Area }.Any(t => t?.Length > MaxTextLength))
        {
            throw new ArgumentException($"Incident text is limited to {MaxTextLength} characters a field.", nameof(Narrative));
        }
    }
}
