namespace EngagementBot.Guidance.Model;

/// <summary>
/// The kinds of engagement event a pattern can watch, by the same names as the engagement log's kinds
/// (the host maps them by name and a test keeps the two lists equal).
/// </summary>
public enum LoggedEvent
{
    MissedAppointment,
    CancelledAppointment,
    AppointmentKept,
    NoAccess,
    AccessRefused,
    NotSeen,
    SeenAlone,
    NonAttendance,
    ChangeOfAddress,
    SporadicCompliance,
    CriticisingWorkers,
}
