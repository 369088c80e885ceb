using System.Text.Json;
using EngagementBot.Dialogs.Parsing;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Host.Flows.Sessions;

/// <summary>What the worker (or a manager) asks of the session flow.</summary>
public enum SessionCommandKind
{
    /// <summary>"arrived", "I'm here".</summary>
    Arrive,
    /// <summary>"left safely", "I'm out", "finished".</summary>
    Leave,
    /// <summary>"extend 30 minutes" (any duration; 30 minutes when none is given).</summary>
    Extend,
    /// <summary>"running late" (15 minutes unless a duration is given).</summary>
    RunningLate,
    /// <summary>"check in" or the menu's "Check in or out": show the current session card.</summary>
    Show,
    /// <summary>"team status": a manager's view of the team's open sessions.</summary>
    TeamStatus,
}

/// <summary>
/// A session command from typed text, a card's Action.Execute (verb <c>session-…</c>, <c>data.sessionId</c>)
/// or its Action.Submit fallback (<c>{"command": verb, "sessionId"}</c>), or the menu's
/// <c>{"command": "checkin" | "team-status"}</c>. <see cref="SessionId"/> is set when a card names the session;
/// otherwise the worker's soonest-due open session is meant. <see cref="Duration"/> is null when a
/// duration was given but could not be read or is out of range.
/// </summary>
public sealed record SessionCommand(SessionCommandKind Kind, Guid? SessionId, TimeSpan? Duration)
{
    public const string ArrivedVerb = "session-arrived";
    public const string LeftVerb = "session-left";
    public const string ExtendVerb = "session-extend";
    public const string LateVerb = "session-late";

    public static readonly TimeSpan DefaultExtension = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan DefaultLateness = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan LongestExtension = TimeSpan.FromHours(8);

    private static readonly HashSet<string> ArrivePhrases = new(StringComparer.Ordinal)
    {
        "arrived", "ive arrived", "i have arrived", "just arrived", "im here", "i am here", "here now", "im on site", "on site", "arrived safely",
    };

    private static readonly HashSet<string> LeavePhrases = new(StringComparer.Ordinal)
    {
        "left safely", "left", "ive left", "i have left", "im out", "i am out", "out safely", "finished", "im finished", "all finished",
        "done", "all done", "check out", "checking out", "checked out", "im safe and out", "visit finished", "visit done",
    };

    private static readonly HashSet<string> ShowPhrases = new(StringComparer.Ordinal)
    {
        "check in", "checkin", "check in or out", "my session", "session", "my visit", "current visit",
    };

    private static readonly HashSet<string> TeamPhrases = new(StringComparer.Ordinal)
    {
        "team status", "team", "my team", "team sessions", "team visits", "whos out", "who is out",
    };

    private static readonly string[] ExtendWords = ["extend by", "extend for", "extend", "extension", "more time", "i need more time", "need more time"];

    private static readonly string[] LateWords = ["im running late by", "im running late", "i am running late", "running late by", "running late", "late by", "late"];

    /// <summary>The command, or null when the turn is not for the session flow.</summary>
    public static SessionCommand? Read(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Kind switch
        {
            TurnKind.Message => FromText(input.Text),
            TurnKind.CardAction => FromCard(input.Text, input.Value),
            TurnKind.CardSubmit => FromCard(CommandOf(input.Value), input.Value),
            _ => null,
        };
    }

    /// <summary>A typed command; null when the text is not one.</summary>
    public static SessionCommand? FromText(string? text)
    {
        var normalized = TextNormalizer.ForMatching(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        if (ArrivePhrases.Contains(normalized))
        {
            return new SessionCommand(SessionCommandKind.Arrive, null, null);
        }

        if (LeavePhrases.Contains(normalized))
        {
            return new SessionCommand(SessionCommandKind.Leave, null, null);
        }

        if (ShowPhrases.Contains(normalized))
        {
            return new SessionCommand(SessionCommandKind.Show, null, null);
        }

        if (TeamPhrases.Contains(normalized))
        {
            return new SessionCommand(SessionCommandKind.TeamStatus, null, null);
        }

        return WithDuration(normalized, ExtendWords, SessionCommandKind.Extend, DefaultExtension)
            ?? WithDuration(normalized, LateWords, SessionCommandKind.RunningLate, DefaultLateness);
    }

    private static SessionCommand? FromCard(string? verb, JsonElement? value)
    {
        switch (verb?.ToLowerInvariant())
        {
            case "checkin":
                return new SessionCommand(SessionCommandKind.Show, null, null);
            case "team-status":
                return new SessionCommand(SessionCommandKind.TeamStatus, null, null);
        }

        var kind = verb?.ToLowerInvariant() switch
        {
            ArrivedVerb => SessionCommandKind.Arrive,
            LeftVerb => SessionCommandKind.Leave,
            ExtendVerb => SessionCommandKind.Extend,
            LateVerb => (SessionCommandKind?)SessionCommandKind.RunningLate,
            _ => null,
        };
        if (kind is not { } known
            || value is not { ValueKind: JsonValueKind.Object } data
            || !data.TryGetProperty("sessionId", out var id) || id.ValueKind != JsonValueKind.String || !Guid.TryParse(id.GetString(), out var sessionId))
        {
            return null;
        }

        var duration = known switch
        {
            SessionCommandKind.Extend => DefaultExtension,
            SessionCommandKind.RunningLate => DefaultLateness,
            _ => (TimeSpan?)null,
        };
        return new SessionCommand(known, sessionId, duration);
    }

    private static SessionCommand? WithDuration(string normalized, string[] words, SessionCommandKind kind, TimeSpan fallback)
    {
        foreach (var word in words)
        {
            if (normalized == word)
            {
                return new SessionCommand(kind, null, fallback);
            }

            if (normalized.StartsWith(word + " ", StringComparison.Ordinal))
            {
                var rest = normalized[(word.Length + 1)..];
                var duration = DurationParser.Parse(rest);
                return duration is null && !DurationParser.LooksLikeDuration(rest)
                    ? null
                    : new SessionCommand(kind, null, duration is { } d && d > TimeSpan.Zero && d <= LongestExtension ? d : null);
            }
        }

        return null;
    }

    private static string? CommandOf(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty("command", out var command) && command.ValueKind == JsonValueKind.String
            ? command.GetString()
            : null;
}
