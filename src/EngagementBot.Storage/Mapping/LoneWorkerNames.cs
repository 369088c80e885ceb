using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Sessions;

namespace EngagementBot.Storage.Mapping;

/// <summary>
/// The column names of the lone-worker enums. The schemas' CHECK lists and the open-session and
/// open-alert predicates use these same words.
/// </summary>
internal static class LoneWorkerNames
{
    public static readonly ColumnNames<SessionState> SessionStates = new("session state", new Dictionary<SessionState, string>
    {
        [SessionState.Planned] = "planned",
        [SessionState.OnSite] = "on-site",
        [SessionState.Closed] = "closed",
    });

    public static readonly ColumnNames<OverdueStage> OverdueStages = new("overdue stage", new Dictionary<OverdueStage, string>
    {
        [OverdueStage.None] = "none",
        [OverdueStage.Prompted] = "prompted",
        [OverdueStage.Escalated] = "escalated",
    });

    public static readonly ColumnNames<AlertKind> AlertKinds = new("alert kind", new Dictionary<AlertKind, string>
    {
        [AlertKind.Overdue] = "overdue",
        [AlertKind.Sos] = "sos",
        [AlertKind.Duress] = "duress",
        [AlertKind.Incident] = "incident",
    });

    public static readonly ColumnNames<AlertState> AlertStates = new("alert state", new Dictionary<AlertState, string>
    {
        [AlertState.Arming] = "arming",
        [AlertState.Raised] = "raised",
        [AlertState.Handled] = "handled",
        [AlertState.Cancelled] = "cancelled",
        [AlertState.StoodDown] = "stood-down",
    });

    public static readonly ColumnNames<AlertTargetKind> TargetKinds = new("alert target kind", new Dictionary<AlertTargetKind, string>
    {
        [AlertTargetKind.Person] = "person",
        [AlertTargetKind.Channel] = "channel",
    });
}
