using System.Text.RegularExpressions;
using EngagementBot.Dialogs.Composition;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Parsing;
using EngagementBot.Domain.Engagement;
using Microsoft.Extensions.Options;

namespace EngagementBot.Host.Flows.Engagement;

/// <summary>
/// Reads a one-line engagement log entry: a kind phrase ("missed appointment", "no access", "refused entry",
/// "not seen", "seen alone"…), a case reference matching <see cref="DialogOptions.CaseReferencePattern"/>
/// anywhere in the line, and optionally a past day ("yesterday", "on Monday", "3/3"). Everything else is
/// left out and reported as such, never kept: "at 14 Elm" is an address, and a day right after "at" is never
/// read out of it. A line is only taken as a log entry when it names a kind and either a case reference or
/// starts with "log"; anything else is left for other responders.
/// </summary>
public sealed class EngagementLineParser
{
    private static readonly (string Phrase, EngagementKind Kind)[] Phrases = Build(
        (EngagementKind.MissedAppointment, ["missed appointment", "missed appt", "missed the appointment", "did not attend", "didnt attend", "dna", "no show", "did not turn up", "didnt turn up", "missed"]),
        (EngagementKind.CancelledAppointment, ["cancelled appointment", "canceled appointment", "appointment cancelled", "appointment canceled", "cancelled appt", "cancelled the appointment", "cancelled by family", "cancelled"]),
        (EngagementKind.AppointmentKept, ["appointment kept", "kept appointment", "attended appointment", "appointment attended", "attended", "kept the appointment"]),
        (EngagementKind.NoAccess, ["no access", "no answer", "no answer at the door", "nobody home", "no one home", "nobody in", "no one in", "no reply", "not in"]),
        (EngagementKind.AccessRefused, ["access refused", "refused access", "access denied", "denied access", "refused entry", "refused to let me in", "wouldnt let me in", "would not let me in", "turned away", "refused"]),
        (EngagementKind.NotSeen, ["child not seen", "adult not seen", "not seen", "did not see the child", "didnt see the child", "couldnt see the child", "could not see the child", "not allowed to see"]),
        (EngagementKind.SeenAlone, ["seen alone", "child seen alone", "adult seen alone", "saw the child alone", "saw child alone", "spoke to the child alone"]),
        (EngagementKind.NonAttendance, ["school non attendance", "nursery non attendance", "non attendance", "not at school", "not in school", "absent from school", "not at nursery", "school absence", "nursery absence", "missed school", "missed nursery"]),
        (EngagementKind.ChangeOfAddress, ["change of address", "changed address", "address change", "moved house", "has moved", "moved"]),
        (EngagementKind.SporadicCompliance, ["sporadic compliance", "sporadic engagement", "on and off", "patchy engagement", "sporadic"]),
        (EngagementKind.CriticisingWorkers, ["criticising other workers", "criticizing other workers", "criticising workers", "criticizing workers", "criticised other workers", "criticized other workers", "criticising staff", "blaming other workers", "criticising"]));

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "log", "logged", "logging", "please", "case", "ref", "reference", "for", "re", "a", "an", "the", "on", "today", "and", "was", "has", "been", "there", "with", "of", "by", "family",
    };

    /// <summary>Words that put what follows them as a place, not a day ("at 14 Elm", "moved to 3 Oak Road").</summary>
    private static readonly HashSet<string> PlaceMarkers = new(StringComparer.Ordinal) { "at", "to", "from", "in" };

    private readonly Regex _case;
    private readonly DateTimeParser _dates;
    private readonly EngagementClock _clock;

    public EngagementLineParser(IOptions<DialogOptions> options, EngagementClock clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _case = new Regex(options.Value.CaseReferencePattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        _clock = clock;
        _dates = new DateTimeParser(clock.Zoned);
    }

    /// <summary>The entry the line asks to log, or null when it is not a log line.</summary>
    public EngagementLine? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var tokens = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        string? caseReference = null;
        var caseAt = tokens.FindIndex(w => _case.IsMatch(Reference(w)));
        if (caseAt >= 0)
        {
            caseReference = Reference(tokens[caseAt]);
            tokens.RemoveAt(caseAt);
        }

        var words = tokens.Select(TextNormalizer.ForMatching).ToList();
        var startsWithLog = words.Count > 0 && words[0] is "log" or "logged";
        if (FindKind(words) is not { } found || (caseReference is null && !startsWithLog))
        {
            return null;
        }

        tokens.RemoveRange(found.Start, found.Length);
        words.RemoveRange(found.Start, found.Length);
        var (day, dayAt, dayLength) = FindDay(tokens, words);
        var leftOut = words
            .Where((word, i) => (dayAt < 0 || i < dayAt || i >= dayAt + dayLength) && word.Length > 0 && !Fillers.Contains(word))
            .Any();
        return new EngagementLine(found.Kind, caseReference, dayAt < 0 ? _clock.Today : day, leftOut);
    }

    private static string Reference(string word) => word.Trim('.', ',', ';', ':', '!', '?', '(', ')', '"', '\'').ToUpperInvariant();

    /// <summary>The longest kind phrase in the normalised words (whole words, in order).</summary>
    private static (EngagementKind Kind, int Start, int Length)? FindKind(List<string> words)
    {
        foreach (var (phrase, kind) in Phrases)
        {
            var parts = phrase.Split(' ');
            for (var i = 0; i + parts.Length <= words.Count; i++)
            {
                if (parts.Select((part, j) => words[i + j] == part).All(match => match))
                {
                    return (kind, i, parts.Length);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The longest run of tokens (at most four) that reads as a past day and does not follow a place marker;
    /// (null, start, length) when the run is a day still to come; (null, -1, 0) when there is none.
    /// </summary>
    private (DateOnly? Day, int At, int Length) FindDay(List<string> tokens, List<string> words)
    {
        for (var length = Math.Min(tokens.Count, 4); length >= 1; length--)
        {
            for (var start = 0; start + length <= tokens.Count; start++)
            {
                var run = words.GetRange(start, length);
                if ((start > 0 && PlaceMarkers.Contains(words[start - 1])) || PlaceMarkers.Contains(run[0]) || run.All(w => w.All(char.IsAsciiDigit)))
                {
                    continue;
                }

                var parsed = _dates.ParseDate(string.Join(' ', tokens.GetRange(start, length)), DateTimeConstraint.Past);
                if (parsed.Success && parsed.Parsed is { } ok)
                {
                    return (_clock.DayOf(ok.Value), start, length);
                }

                if (parsed.Refusal == DateTimeRefusal.InTheFuture)
                {
                    return (null, start, length);
                }
            }
        }

        return (null, -1, 0);
    }

    private static (string, EngagementKind)[] Build(params (EngagementKind Kind, string[] Phrases)[] groups) =>
        [.. groups.SelectMany(g => g.Phrases.Select(p => (p, g.Kind))).OrderByDescending(p => p.p.Split(' ').Length)];
}
