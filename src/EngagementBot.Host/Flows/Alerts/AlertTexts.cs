using System.Globalization;
using EngagementBot.Domain.Alerts;

namespace EngagementBot.Host.Flows.Alerts;

/// <summary>What the safety-alert flow says. Plain text for chat messages and mail; the card view escapes what it binds.</summary>
internal static class AlertTexts
{
    public const string ChannelTitle = "Lone-worker alert";

    public const string ChannelNeedsSomeone = "A lone-worker alert for this team needs someone now. Press \"I'm handling this\" if you are taking it on; the details will come to you in a private chat.";

    public const string ChannelStoodDown = "Stood down: the worker is safe. No action needed.";

    public const string NeedsSomeone = "Needs someone now. If you are taking it on, press \"I'm handling this\" so everyone else knows.";

    public const string Advice =
        "If you are in danger now, call 999. Get yourself somewhere safe first — leave the house if you can.";

    public const string Cancelled = "Alarm cancelled — nobody was alerted.";

    public const string NotYours = "Only the people this alert went to can take it on.";

    public const string NotYoursIncident = "Only the people this incident report went to can acknowledge it.";

    public const string Gone = "This alert is no longer available.";

    public const string HandlerDetailsNote = "You're handling this alert. The details are below.";

    public static string WorkerName(SafetyAlert alert) => string.IsNullOrWhiteSpace(alert.Worker.DisplayName) ? "A colleague" : alert.Worker.DisplayName.Trim();

    public static string HandlerName(SafetyAlert alert) => string.IsNullOrWhiteSpace(alert.HandledByName) ? "a colleague" : alert.HandledByName.Trim();

    public static string Title(SafetyAlert alert) => alert.Kind switch
    {
        AlertKind.Sos => $"SOS: {WorkerName(alert)} needs help now",
        AlertKind.Duress => $"Duress: {WorkerName(alert)} may be in danger",
        AlertKind.Incident => $"Incident: {WorkerName(alert)} reported an incident",
        _ => $"Overdue: {WorkerName(alert)} hasn't checked in",
    };

    /// <summary>What the kind means for whoever acts (duress: they may not be free to talk).</summary>
    public static string? KindAdvice(SafetyAlert alert) => alert.Kind switch
    {
        AlertKind.Duress => "They cancelled their SOS with the agreed safe word, so they may be with someone and not free to talk. Follow the duress procedure, and think before you phone them.",
        AlertKind.Sos => "They pressed \"I need help\". If you can't reach them, call 999.",
        AlertKind.Overdue => "They are past their expected return time and haven't answered a check-in prompt. Try to reach them; if you can't, follow the missing-worker procedure.",
        AlertKind.Incident => "Please check in with them today and arrange their debrief. Tick anything you've decided before you press Acknowledge; you can add a note for the record.",
        _ => null,
    };

    /// <summary>The person view's status while nobody has it.</summary>
    public static string NeedsSomeoneFor(SafetyAlert alert) =>
        alert.Kind == AlertKind.Incident ? $"Please acknowledge it, so {WorkerName(alert)} knows you've seen it." : NeedsSomeone;

    /// <summary>The button that takes it on.</summary>
    public static string HandleTitle(SafetyAlert alert) => alert.Kind == AlertKind.Incident ? "Acknowledge" : "I'm handling this";

    public static string NotYoursFor(SafetyAlert alert) => alert.Kind == AlertKind.Incident ? NotYoursIncident : NotYours;

    private static string Venue(string venue) => venue switch
    {
        "home" => "Home visit",
        "neutral-venue" => "Neutral venue",
        "office-or-clinic" => "Office or clinic",
        _ => venue,
    };

    /// <summary>"line manager (2 people), second contact and team channel": roles, never names.</summary>
    private static string Roles(IEnumerable<AlertTarget> targets)
    {
        var parts = targets
            .GroupBy(target => target.Role, StringComparer.Ordinal)
            .Select(group => group.Count() > 1 ? $"{RoleLabel(group.Key)} ({group.Count()} people)" : RoleLabel(group.Key))
            .ToList();
        return JoinList(parts);
    }

    /// <summary>"your line manager, the second contact and the team channel": for the worker.</summary>
    public static string RolesForWorker(IEnumerable<AlertTarget> targets) =>
        JoinList([.. targets.Select(target => target.Role).Distinct(StringComparer.Ordinal).Select(WorkerRoleLabel)]);

    /// <summary>Everyone on the alert's ladder, for the worker.</summary>
    public static string Everyone(SafetyAlert alert) => RolesForWorker(alert.Ladder.SelectMany(rung => rung.Targets));

    private static string RoleLabel(string role) => role switch
    {
        AlertRoles.LineManager => "line manager",
        AlertRoles.SecondContact => "second contact",
        AlertRoles.OutOfHours => "out-of-hours duty",
        AlertRoles.TeamChannel => "team channel",
        _ => role,
    };

    private static string WorkerRoleLabel(string role) => role switch
    {
        AlertRoles.LineManager => "your line manager",
        AlertRoles.SecondContact => "your team's second contact",
        AlertRoles.OutOfHours => "the out-of-hours duty contact",
        AlertRoles.TeamChannel => "your team's channel",
        _ => role,
    };

    public static string Arming(string who, TimeSpan window) =>
        $"Sending an alert to {who} in {Seconds(window)}. Press Cancel if you don't need it.";

    public static string Fired(string who) =>
        $"I've alerted {who}. If you are in danger, call 999 now.";

    public const string NobodyToAlert =
        "I can't alert anyone automatically for you: nobody is set up to receive your alerts yet. Please phone your manager or the duty team now and tell them where you are.";

    public const string OverdueNobodyToAlert =
        "You're past your expected return time, but nobody is set up to receive your alerts, so I couldn't tell anyone. Please phone your manager or the duty team now to say you're safe.";

    public static string AlreadyArming(string who) =>
        $"I'm already sending an alert to {who}. Press Cancel on the card above if you don't need it.";

    public static string AlreadyRaised(string who) =>
        $"Your alert has already gone to {who}, and I'll keep asking until someone takes it on. If you are in danger, call 999 now.";

    public static string TooLateRaised(string who) =>
        $"It's too late to cancel: the alert has already gone to {who}. If you're safe, please phone your manager now to tell them.";

    public static string TooLateHandled(string handler) =>
        $"It's too late to cancel: {handler} is already handling your alert. If you're safe, please phone them now to tell them.";

    public static string OverdueRaised(string who) =>
        $"I've alerted {who} because you haven't checked in. If you're safe, say 'left safely' or press Left safely.";

    /// <summary>For the worker, once their SOS or overdue alert is over.</summary>
    public const string IncidentOffer =
        "When you're ready, you can tell me what happened — it only takes a few minutes, and it helps keep you and your colleagues safe.";

    /// <summary>The reporter hears that their manager has seen the incident, and what was decided (labels).</summary>
    public static string IncidentAcknowledged(SafetyAlert alert, IReadOnlyList<string> decisions, TimeZoneInfo zone) =>
        $"{HandlerName(alert)} has seen your incident report" + (alert.CaseReference is { } reference ? $" on {reference}" : string.Empty)
        + $" ({LocalTime(alert.HandledAt, zone)}). "
        + (decisions.Count > 0 ? $"What they've decided: {IncidentDecisions.Describe(decisions)}." : "They'll talk to you about what happens next.");

    /// <summary>"Acknowledged by Alex Manager" and the decisions, for the incident card.</summary>
    public static string Acknowledged(SafetyAlert alert) => $"Acknowledged by {HandlerName(alert)}";

    public static string Handling(SafetyAlert alert, TimeZoneInfo zone) =>
        $"{HandlerName(alert)} is handling your alert (since {LocalTime(alert.HandledAt, zone)}). They may phone you. If you are in danger, call 999.";

    public static string YouHandle(SafetyAlert alert) =>
        alert.Kind == AlertKind.Incident
            ? $"Thank you — acknowledged. {WorkerName(alert)} has been told you've seen it, and what you decided."
            : alert.Silent
            ? "Thank you — it's yours. Everyone else has been told you're handling it. Don't tell the worker through the bot."
            : $"Thank you — it's yours. Everyone else has been told, and so has {WorkerName(alert)}.";

    public static string AlreadyHandled(SafetyAlert alert) => alert.State switch
    {
        AlertState.StoodDown => $"No action needed: {WorkerName(alert)} has checked in.",
        AlertState.Handled when alert.Kind == AlertKind.Incident => $"Already acknowledged by {HandlerName(alert)}.",
        AlertState.Handled => $"Already being handled by {HandlerName(alert)}.",
        _ => Gone,
    };

    public static string Reminder(SafetyAlert alert) => alert.Kind == AlertKind.Incident
        ? $"Nobody has acknowledged the incident {WorkerName(alert)} reported yet. Please press \"Acknowledge\" on the card above."
        : $"Still nobody has said they're handling the alert about {WorkerName(alert)}. Please press \"I'm handling this\" on the card above if you can take it on.";

    public const string ChannelReminder = "Still nobody has said they're handling the lone-worker alert above. Press \"I'm handling this\" on it if you can take it on.";

    public static string FeedPreview(SafetyAlert alert) => alert.Kind switch
    {
        AlertKind.Overdue => "Lone-worker alert: a colleague is overdue",
        AlertKind.Incident => "Incident reported: please acknowledge it",
        _ => "Urgent: a colleague needs help",
    };

    public static string MailSubject(SafetyAlert alert, bool repeat) => alert.Kind == AlertKind.Incident
        ? (repeat ? "STILL NOT ACKNOWLEDGED — " : "Please acknowledge — ") + Title(alert)
        : (repeat ? "STILL NEEDS SOMEONE — " : "URGENT — ") + Title(alert);

    /// <summary>The mail to a person on the ladder: title, advice, <paramref name="facts"/> (see <see cref="AlertFacts"/>) and the link to the card.</summary>
    public static string MailBody(SafetyAlert alert, IReadOnlyList<AlertFact> facts, string chatLink)
    {
        var lines = new List<string> { Title(alert) + ".", string.Empty };
        if (KindAdvice(alert) is { } advice)
        {
            lines.Add(advice);
            lines.Add(string.Empty);
        }

        foreach (var fact in facts)
        {
            lines.Add($"{fact.Label}: {fact.Value}");
        }

        lines.Add(string.Empty);
        lines.Add(alert.Kind == AlertKind.Incident
            ? "Please acknowledge it, and record what you've decided, on the card in the EngagementBot chat in Microsoft Teams:"
            : "If you are taking it on, press \"I'm handling this\" on the alert in the EngagementBot chat in Microsoft Teams, so everyone else knows:");
        lines.Add(chatLink);
        return string.Join(Environment.NewLine, lines);
    }

    public static string StoodDownSubject(SafetyAlert alert) => $"Stood down — {WorkerName(alert)} is safe";

    public static string StoodDownBody(SafetyAlert alert, TimeZoneInfo zone) =>
        $"{WorkerName(alert)} checked in at {LocalTime(alert.HandledAt, zone)}, so the alert about them is stood down. No action is needed.";

    /// <summary>The facts a person on the ladder needs to act. Times as Teams card functions, or local text for mail.</summary>
    public static IReadOnlyList<AlertFact> Facts(SafetyAlert alert, TimeZoneInfo zone, bool cardTimes)
    {
        var facts = new List<AlertFact> { new("Worker", WorkerName(alert)) };
        Add(facts, "Case", alert.CaseReference);
        if (alert.Whereabouts is { } where)
        {
            Add(facts, "Where", string.IsNullOrWhiteSpace(where.Location) ? Venue(where.Venue) : $"{Venue(where.Venue)}: {where.Location.Trim()}");
            Add(facts, "Phone", where.ContactPhone);
        }
        else
        {
            facts.Add(new("Where", "Not recorded (no visit planned)"));
        }

        if (alert.DueBackAt is { } due)
        {
            facts.Add(cardTimes ? new("Expected back", CardTime(due), IsCardMarkup: true) : new("Expected back", LocalTime(due, zone)));
        }

        facts.Add(AlreadyTold(alert));
        return facts;
    }

    /// <summary>Who was told so far, by role.</summary>
    public static AlertFact AlreadyTold(SafetyAlert alert) => new("Already told", Roles(alert.ToldTargets));

    /// <summary>Teams shows {{DATE}} and {{TIME}} in the reader's own time zone and language.</summary>
    public static string CardTime(DateTimeOffset at)
    {
        var utc = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return $"{{{{DATE({utc}, SHORT)}}}} {{{{TIME({utc})}}}}";
    }

    public static string LocalTime(DateTimeOffset? at, TimeZoneInfo zone) =>
        at is { } value ? TimeZoneInfo.ConvertTime(value, zone).ToString("HH:mm 'on' ddd d MMM", CultureInfo.GetCultureInfo("en-GB")) : "an unknown time";

    private static void Add(List<AlertFact> facts, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            facts.Add(new(label, value.Trim()));
        }
    }

    private static string Seconds(TimeSpan window)
    {
        var seconds = (int)Math.Ceiling(window.TotalSeconds);
        return seconds == 1 ? "1 second" : $"{seconds.ToString(CultureInfo.InvariantCulture)} seconds";
    }

    private static string JoinList(List<string> parts) => parts.Count switch
    {
        0 => "nobody",
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
    };
}
