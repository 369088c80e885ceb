using System.Globalization;
using EngagementBot.Domain.Incidents;

namespace EngagementBot.Host.Flows.Incidents;

/// <summary>What the incident flow says: short, kind and never blaming.</summary>
public static class IncidentTexts
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public const string NotIdentified =
        "I couldn't tell who you are from this chat, so I couldn't save the report. Please tell your manager about it by phone or in person today.";

    public static string PoliceMustBeTold(IEnumerable<string> behaviours) =>
        $"{string.Join(" and ", behaviours)} must always be reported to the police. If that hasn't happened yet, call 101 — or 999 if anyone is in danger now.";

    public static string Submitted(Incident incident, int channels) =>
        $"Thank you. The incident on {incident.CaseReference} is recorded, and a warning is now on the case for anyone who plans a visit."
        + (channels > 0 ? " The multi-agency channel has been alerted with the case reference, kind of risk, date and advice only." : "")
        + " Your line manager is being told now.";

    /// <summary>The blame-free words and the configured support, after every report.</summary>
    public static string Support(IReadOnlyList<SupportService> services, int debriefDays)
    {
        var lines = new List<string>
        {
            "What happened was not your fault, and it isn't a judgement on your work. It's normal to feel shaken, angry or numb afterwards — please don't carry it alone.",
            $"You'll have a debrief with your manager within {debriefDays} working {(debriefDays == 1 ? "day" : "days")}; I'll remind you.",
        };
        if (services.Count > 0)
        {
            lines.Add("Support you can use any time:");
            lines.AddRange(services.Select(s => string.IsNullOrWhiteSpace(s.Contact) ? $"- {s.Name}" : $"- {s.Name}: {s.Contact}"));
        }

        return string.Join("\n", lines);
    }

    public static string FollowUpDue(Incident incident) =>
        $"A reminder about the incident on {incident.CaseReference} on {Day(incident.OccurredAt)}: your debrief or supervision is due now. If it hasn't been arranged, please ask your manager — you're entitled to it. How are you doing?";

    public const string NobodyToAcknowledge =
        "I couldn't find anyone set up to receive your incident reports, so your manager hasn't been told by me. Please tell them yourself today — by phone or in person.";

    public static string DebriefSubject(Incident incident) => $"Debrief due: incident on case {incident.CaseReference}";

    /// <summary>For whoever acknowledged the incident (else the line manager): the debrief is due now.</summary>
    public static string DebriefDue(Incident incident, bool acknowledged)
    {
        var who = incident.Reporter.DisplayName ?? "one of your team";
        return $"The debrief for the incident {who} reported on case {incident.CaseReference} ({Day(incident.OccurredAt)}) is due now."
            + (acknowledged ? " You acknowledged the report." : " Nobody has acknowledged the report yet.")
            + " Please make sure the debrief or supervision happens — they're entitled to it — and check how they're doing.";
    }

    private static string Day(DateTimeOffset at) => at.ToString("dddd d MMMM", EnGb);
}
