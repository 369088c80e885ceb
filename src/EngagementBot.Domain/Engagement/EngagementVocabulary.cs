using EngagementBot.Domain.Vocabularies;

namespace EngagementBot.Domain.Engagement;

/// <summary>
/// The one place where engagement kinds get their stored codes and the words people see. Codes are
/// written to the database and card data: add new ones, never rename. "the person" in a text is replaced
/// with the pack's word for the person at risk ("child", "adult at risk") where it is shown.
/// </summary>
public static class EngagementVocabulary
{
    /// <summary>Stands for the person at risk in <see cref="Kinds"/> texts.</summary>
    public const string PersonPlaceholder = "{person}";

    public static Vocabulary<EngagementKind> Kinds { get; } = new(
        new VocabularyTerm<EngagementKind>(EngagementKind.MissedAppointment, "missed-appointment", "Missed appointment"),
        new VocabularyTerm<EngagementKind>(EngagementKind.CancelledAppointment, "cancelled-appointment", "Appointment cancelled by the family"),
        new VocabularyTerm<EngagementKind>(EngagementKind.AppointmentKept, "appointment-kept", "Appointment kept"),
        new VocabularyTerm<EngagementKind>(EngagementKind.NoAccess, "no-access", "No answer at the door"),
        new VocabularyTerm<EngagementKind>(EngagementKind.AccessRefused, "access-refused", "Access refused"),
        new VocabularyTerm<EngagementKind>(EngagementKind.NotSeen, "not-seen", "{person} not seen"),
        new VocabularyTerm<EngagementKind>(EngagementKind.SeenAlone, "seen-alone", "{person} seen alone"),
        new VocabularyTerm<EngagementKind>(EngagementKind.NonAttendance, "non-attendance", "School, nursery or day-service absence reported"),
        new VocabularyTerm<EngagementKind>(EngagementKind.ChangeOfAddress, "change-of-address", "Change of address"),
        new VocabularyTerm<EngagementKind>(EngagementKind.SporadicCompliance, "sporadic-compliance", "Sporadic compliance"),
        new VocabularyTerm<EngagementKind>(EngagementKind.CriticisingWorkers, "criticising-workers", "Parent or carer criticising other workers"));

    /// <summary>The kind's text with <see cref="PersonPlaceholder"/> replaced by <paramref name="person"/>, first letter upper-case.</summary>
    public static string Text(EngagementKind kind, string person)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(person);
        var text = Kinds.Text(kind).Replace(PersonPlaceholder, person, StringComparison.Ordinal);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>Kinds that count as an appointment offered: missed, cancelled or kept.</summary>
    public static bool IsAppointment(EngagementKind kind) =>
        kind is EngagementKind.MissedAppointment or EngagementKind.CancelledAppointment or EngagementKind.AppointmentKept;

    /// <summary>Kinds that show hostility towards workers: refusing access, criticising other workers.</summary>
    public static bool IsHostile(EngagementKind kind) =>
        kind is EngagementKind.AccessRefused or EngagementKind.CriticisingWorkers;
}
