using System.Globalization;
using EngagementBot.Domain.Escalations;

namespace EngagementBot.Host.Flows.Escalations;

/// <summary>What the escalation flow says, in plain words: kind to the worker, quick to read for the manager.</summary>
public static class EscalationTexts
{
    public const string CardTitle = "Escalation: your decision";

    public const string OwnerHelp = "Pick who will make sure this happens. If it's another agency or the multi-agency group, I'll remind you to check on it.";

    public const string DueHelp = "The day it should be done by. I'll send a reminder to whoever owns it on that day.";

    public const string Unknown = "I can't find that escalation any more.";

    public const string NotIdentified = "Sorry, I couldn't record that escalation: I couldn't tell who you are, or some answers were missing. Please try again, or tell your manager directly.";

    public const string NotDecider = "Only the worker's line manager can decide on this escalation. You can see where it stands here.";

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The kind of concern as people read it (channel card, manager card, chat).</summary>
    public static string Concern(ConcernKind concern) => concern switch
    {
        ConcernKind.NonEngagement => "Non-engagement",
        ConcernKind.AccessRefused => "Access refused",
        _ => "Continuing worry",
    };

    public static string Owner(ActionOwner owner) => owner switch
    {
        ActionOwner.Me => "the worker",
        ActionOwner.Manager => "the line manager",
        ActionOwner.OtherAgency => "another agency",
        _ => "the multi-agency group",
    };

    public static string Day(DateOnly day) => day.ToString("ddd d MMM yyyy", EnGb);

    /// <summary>Said when the record is saved.</summary>
    public static string Recorded(string caseReference, int actions, int channels, bool managerAsked)
    {
        var parts = new List<string> { $"Thank you. The escalation for {caseReference} is recorded{(actions > 0 ? $" with {actions} action{(actions == 1 ? "" : "s")}" : "")}." };
        if (managerAsked)
        {
            parts.Add("Your line manager gets a card to agree, ask for changes or talk it through in supervision. I'll tell you what they decide.");
        }

        if (channels > 0)
        {
            parts.Add("The multi-agency channel gets a short summary: the case reference, the kind of concern, the date and the kinds of action. No names or details.");
        }

        if (actions > 0)
        {
            parts.Add("I'll send a reminder when each action falls due.");
        }

        return string.Join("\n\n", parts);
    }

    public static string Decided(EscalationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var who = record.Decision?.DecidedByName ?? "Your manager";
        var note = string.IsNullOrWhiteSpace(record.Decision?.Note) ? "" : $" Their note: \"{record.Decision.Note}\"";
        return record.Decision?.Verdict switch
        {
            EscalationVerdict.Agree => $"{who} agreed with your escalation for {record.CaseReference}.{note}",
            EscalationVerdict.Change => $"{who} would like some changes to the escalation for {record.CaseReference}.{note}",
            _ => $"{who} would like to talk through the escalation for {record.CaseReference} in supervision.{note}",
        };
    }

    public static string YouDecided(EscalationRecord record) => $"Thanks. {Status(record)}. The worker has been told.";

    public static string AlreadyDecided(EscalationRecord record) => $"{Status(record)}, so nothing more is needed.";

    public const string NeedNote = "Please say in the note what should change, then press the button again.";

    /// <summary>The card's status line.</summary>
    public static string Status(EscalationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var who = record.Decision?.DecidedByName ?? "the manager";
        return record.Decision?.Verdict switch
        {
            null => "Waiting for the line manager",
            EscalationVerdict.Agree => $"Agreed by {who}",
            EscalationVerdict.Change => $"Changes asked by {who}",
            _ => $"To discuss in supervision ({who})",
        };
    }

    /// <summary>A reminder to the owner of an action that falls due today.</summary>
    public static string Reminder(EscalationRecord record, string action, ActionOwner owner)
    {
        ArgumentNullException.ThrowIfNull(record);
        return owner switch
        {
            ActionOwner.Me or ActionOwner.Manager => $"Reminder: \"{action}\" for {record.CaseReference} is due today. If it's done, thank you; if not, what's in the way?",
            _ => $"Reminder: \"{action}\" for {record.CaseReference} is due today ({Owner(owner)}). Could you check it has happened?",
        };
    }
}
