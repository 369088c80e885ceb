using EngagementBot.Dialogs.Composition;
using EngagementBot.Domain.Engagement;
using EngagementBot.Host.Flows.Engagement;
using EngagementBot.Host.Tests.Flows.PlanVisit;
using Microsoft.Extensions.Options;

namespace EngagementBot.Host.Tests.Flows.Engagement;

public sealed class EngagementLineParserTests
{
    // Friday 20 March 2026, noon in London.
    private static readonly EngagementLineParser Parser = new(
        Options.Create(new DialogOptions()),
        new EngagementClock(Options.Create(new DialogOptions()), new ManualClock(new DateTimeOffset(2026, 3, 20, 12, 0, 0, TimeSpan.Zero))));

    [Theory]
    [InlineData("no access at 14 Elm case C-1234", EngagementKind.NoAccess, "C-1234", "2026-03-20", true)]
    [InlineData("missed appointment C-1234 yesterday", EngagementKind.MissedAppointment, "C-1234", "2026-03-19", false)]
    [InlineData("DNA c-1234 on monday", EngagementKind.MissedAppointment, "C-1234", "2026-03-16", false)]
    [InlineData("Access refused, case SC-0017-3.", EngagementKind.AccessRefused, "SC-0017-3", "2026-03-20", false)]
    [InlineData("refused entry C-1234 3/3", EngagementKind.AccessRefused, "C-1234", "2026-03-03", false)]
    [InlineData("child not seen C-1234 last tuesday", EngagementKind.NotSeen, "C-1234", "2026-03-17", false)]
    [InlineData("child seen alone C-1234", EngagementKind.SeenAlone, "C-1234", "2026-03-20", false)]
    [InlineData("not at school C-1234", EngagementKind.NonAttendance, "C-1234", "2026-03-20", false)]
    [InlineData("moved to 3 Oak Road C-1234", EngagementKind.ChangeOfAddress, "C-1234", "2026-03-20", true)]
    [InlineData("sporadic compliance C-1234", EngagementKind.SporadicCompliance, "C-1234", "2026-03-20", false)]
    [InlineData("mum criticising other workers C-1234", EngagementKind.CriticisingWorkers, "C-1234", "2026-03-20", true)]
    [InlineData("cancelled appointment C-1234", EngagementKind.CancelledAppointment, "C-1234", "2026-03-20", false)]
    [InlineData("log missed appointment", EngagementKind.MissedAppointment, null, "2026-03-20", false)]
    public void Parse_LogLine_KindCaseDayAndWhetherWordsWereLeftOut(string text, EngagementKind kind, string? caseReference, string day, bool leftOut)
    {
        var line = Parser.Parse(text);

        Assert.Equal(new EngagementLine(kind, caseReference, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), leftOut), line);
    }

    [Fact]
    public void Parse_DayStillToCome_NoDay()
    {
        Assert.Null(Parser.Parse("missed appointment C-1234 tomorrow")!.Day);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("what does the guidance say about missed appointments")]
    [InlineData("C-1234")]
    [InlineData("chronology C-1234")]
    [InlineData("")]
    public void Parse_NotALogLine_Null(string text)
    {
        Assert.Null(Parser.Parse(text));
    }

    [Fact]
    public void KindOf_EveryPackEventName_MapsToTheLogKindOfTheSameName()
    {
        Assert.Equal(
            Enum.GetNames<EngagementKind>(),
            Enum.GetValues<Guidance.Model.LoggedEvent>().Select(e => EngagementRules.KindOf(e).ToString()));
    }
}
