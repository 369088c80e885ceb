namespace EngagementBot.Domain.Engagement;

/// <summary>
/// What a practitioner logs about a family's engagement: the signs the guidance says to watch. Codes and
/// display texts are in <see cref="EngagementVocabulary.Kinds"/>.
/// </summary>
public enum EngagementKind
{
    /// <summary><c>missed-appointment</c>: the family did not come and did not say.</summary>
    MissedAppointment,

    /// <summary><c>cancelled-appointment</c>: the family cancelled an appointment.</summary>
    CancelledAppointment,

    /// <summary><c>appointment-kept</c>: the family came (the denominator of "4 of 6 appointments missed").</summary>
    AppointmentKept,

    /// <summary><c>no-access</c>: nobody answered the door.</summary>
    NoAccess,

    /// <summary><c>access-refused</c>: the worker was refused entry, or refused sight of the person at risk.</summary>
    AccessRefused,

    /// <summary><c>not-seen</c>: the child or adult at risk was not seen.</summary>
    NotSeen,

    /// <summary><c>seen-alone</c>: the child or adult at risk was seen on their own.</summary>
    SeenAlone,

    /// <summary><c>non-attendance</c>: school, nursery or day service reported that they did not attend.</summary>
    NonAttendance,

    /// <summary><c>change-of-address</c>: the family moved (the address itself is never logged here).</summary>
    ChangeOfAddress,

    /// <summary><c>sporadic-compliance</c>: the family engages now and then, not consistently.</summary>
    SporadicCompliance,

    /// <summary><c>criticising-workers</c>: a parent or carer criticised other workers.</summary>
    CriticisingWorkers,
}
