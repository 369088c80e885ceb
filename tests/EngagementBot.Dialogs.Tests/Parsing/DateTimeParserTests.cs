using System.Globalization;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Parsing;
using EngagementBot.Dialogs.Tests.TestDoubles;

namespace EngagementBot.Dialogs.Tests.Parsing;

/// <summary>Now is Monday 23 November 2026, 10:00 GMT unless a test says otherwise.</summary>
public class DateTimeParserTests
{
    private static readonly TimeZoneInfo London = ZonedClock.FindZone("Europe/London");

    private static DateTimeParser At(DateTimeOffset now) => new(new ZonedClock(new ManualTimeProvider(now), London));

    private static readonly DateTimeParser Parser = At(EngineHarness.MondayMorning);

    private static string Local(ParsedDateTime parsed) => parsed.Value.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("14:30", "2026-11-23T14:30+00:00")]
    [InlineData("14.30", "2026-11-23T14:30+00:00")]
    [InlineData("2pm", "2026-11-23T14:00+00:00")]
    [InlineData("2 pm", "2026-11-23T14:00+00:00")]
    [InlineData("2PM", "2026-11-23T14:00+00:00")]
    [InlineData("2.30pm", "2026-11-23T14:30+00:00")]
    [InlineData("2:30 pm", "2026-11-23T14:30+00:00")]
    [InlineData("2 p.m.", "2026-11-23T14:00+00:00")]
    [InlineData("12pm", "2026-11-23T12:00+00:00")]
    [InlineData("noon", "2026-11-23T12:00+00:00")]
    [InlineData("midday", "2026-11-23T12:00+00:00")]
    [InlineData("midnight", "2026-11-24T00:00+00:00")]
    [InlineData("9am", "2026-11-24T09:00+00:00")]
    [InlineData("10:00", "2026-11-23T10:00+00:00")]
    [InlineData("today 3pm", "2026-11-23T15:00+00:00")]
    [InlineData("3pm today", "2026-11-23T15:00+00:00")]
    [InlineData("tonight 8pm", "2026-11-23T20:00+00:00")]
    [InlineData("tomorrow 2pm", "2026-11-24T14:00+00:00")]
    [InlineData("Tomorrow at 14:00", "2026-11-24T14:00+00:00")]
    [InlineData("tomorrow at 2.30 p.m.", "2026-11-24T14:30+00:00")]
    [InlineData("2pm tomorrow", "2026-11-24T14:00+00:00")]
    [InlineData("tomorrow 9am.", "2026-11-24T09:00+00:00")]
    [InlineData("in 2 hours", "2026-11-23T12:00+00:00")]
    [InlineData("in 30 minutes", "2026-11-23T10:30+00:00")]
    [InlineData("in 45 mins", "2026-11-23T10:45+00:00")]
    [InlineData("in an hour", "2026-11-23T11:00+00:00")]
    [InlineData("in one hour", "2026-11-23T11:00+00:00")]
    [InlineData("in two hours", "2026-11-23T12:00+00:00")]
    [InlineData("in half an hour", "2026-11-23T10:30+00:00")]
    [InlineData("in an hour and a half", "2026-11-23T11:30+00:00")]
    [InlineData("in 2 hours and 15 minutes", "2026-11-23T12:15+00:00")]
    [InlineData("now", "2026-11-23T10:00+00:00")]
    [InlineData("Tuesday 10am", "2026-11-24T10:00+00:00")]
    [InlineData("tues 10am", "2026-11-24T10:00+00:00")]
    [InlineData("on Tuesday at 10am", "2026-11-24T10:00+00:00")]
    [InlineData("next Tuesday 10am", "2026-11-24T10:00+00:00")]
    [InlineData("Monday 9am", "2026-11-30T09:00+00:00")]
    [InlineData("this Monday 11am", "2026-11-23T11:00+00:00")]
    [InlineData("Friday at 16:00", "2026-11-27T16:00+00:00")]
    [InlineData("23/11/2026 14:00", "2026-11-23T14:00+00:00")]
    [InlineData("24/11 9:15", "2026-11-24T09:15+00:00")]
    [InlineData("24-11-2026 09:15", "2026-11-24T09:15+00:00")]
    [InlineData("25/11/26 10am", "2026-11-25T10:00+00:00")]
    [InlineData("23rd November 10:00", "2026-11-23T10:00+00:00")]
    [InlineData("25th of November at 3pm", "2026-11-25T15:00+00:00")]
    [InlineData("25 Nov 3pm", "2026-11-25T15:00+00:00")]
    [InlineData("Nov 25th 3pm", "2026-11-25T15:00+00:00")]
    [InlineData("Wednesday 25 November 10:00", "2026-11-25T10:00+00:00")]
    [InlineData("1/1 9am", "2027-01-01T09:00+00:00")]
    [InlineData("2026-11-25 10:00", "2026-11-25T10:00+00:00")]
    public void Parse_FutureDateAndTime_UnderstandsIt(string text, string expected)
    {
        var result = Parser.Parse(text, DateTimeConstraint.Future);

        Assert.True(result.Success, $"{text}: {result.Refusal} {result.Detail}");
        Assert.True(result.Parsed!.HasTime);
        Assert.Equal(expected, Local(result.Parsed));
    }

    [Theory]
    [InlineData("Tuesday", "2026-11-24")]
    [InlineData("next Tuesday", "2026-11-24")]
    [InlineData("Monday", "2026-11-30")]
    [InlineData("today", "2026-11-23")]
    [InlineData("tomorrow", "2026-11-24")]
    [InlineData("23/11", "2026-11-23")]
    [InlineData("23 Nov", "2026-11-23")]
    [InlineData("23rd November", "2026-11-23")]
    [InlineData("November 25", "2026-11-25")]
    [InlineData("1/1", "2027-01-01")]
    [InlineData("2026-11-25", "2026-11-25")]
    [InlineData("25 December 2027", "2027-12-25")]
    public void Parse_DayWithoutTime_GivesDateOnly(string text, string expected)
    {
        var result = Parser.Parse(text, DateTimeConstraint.Future);

        Assert.True(result.Success, $"{text}: {result.Refusal}");
        Assert.False(result.Parsed!.HasTime);
        Assert.Equal(expected, result.Parsed.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2 hours ago", "2026-11-23T08:00+00:00")]
    [InlineData("an hour ago", "2026-11-23T09:00+00:00")]
    [InlineData("30 minutes ago", "2026-11-23T09:30+00:00")]
    [InlineData("half an hour ago", "2026-11-23T09:30+00:00")]
    [InlineData("just now", "2026-11-23T10:00+00:00")]
    [InlineData("9am", "2026-11-23T09:00+00:00")]
    [InlineData("3pm", "2026-11-22T15:00+00:00")]
    [InlineData("yesterday 3pm", "2026-11-22T15:00+00:00")]
    [InlineData("last night 11pm", "2026-11-22T23:00+00:00")]
    [InlineData("Friday 4pm", "2026-11-20T16:00+00:00")]
    [InlineData("last Friday at 4pm", "2026-11-20T16:00+00:00")]
    [InlineData("Monday 9am", "2026-11-16T09:00+00:00")]
    [InlineData("20/11 14:00", "2026-11-20T14:00+00:00")]
    [InlineData("1/12 14:00", "2025-12-01T14:00+00:00")]
    public void Parse_PastDateAndTime_UnderstandsIt(string text, string expected)
    {
        var result = Parser.Parse(text, DateTimeConstraint.Past);

        Assert.True(result.Success, $"{text}: {result.Refusal}");
        Assert.Equal(expected, Local(result.Parsed!));
    }

    [Theory]
    [InlineData("whenever")]
    [InlineData("banana")]
    [InlineData("soon")]
    [InlineData("later")]
    [InlineData("next week")]
    [InlineData("2")]
    [InlineData("25:00")]
    [InlineData("13pm")]
    [InlineData("0am")]
    [InlineData("14:60")]
    [InlineData("tomorrow 25:00")]
    [InlineData("in five years")]
    [InlineData("in 0 hours")]
    [InlineData("Funday 10am")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Parse_Nonsense_IsNotUnderstood(string? text) =>
        Assert.Equal(DateTimeRefusal.NotUnderstood, Parser.Parse(text, DateTimeConstraint.Future).Refusal);

    [Theory]
    [InlineData("32/13")]
    [InlineData("31/11")]
    [InlineData("31/11 10am")]
    [InlineData("29/02/2027")]
    [InlineData("0/5")]
    [InlineData("32 December")]
    public void Parse_ImpossibleDate_SaysNoSuchDate(string text)
    {
        var result = Parser.Parse(text, DateTimeConstraint.Any);

        Assert.Equal(DateTimeRefusal.NoSuchDate, result.Refusal);
        Assert.NotNull(result.Detail);
    }

    [Fact]
    public void Parse_WeekdayDisagreesWithDate_SaysWhichDayItIs()
    {
        var result = Parser.Parse("Monday 25 November 10am", DateTimeConstraint.Future);

        Assert.Equal(DateTimeRefusal.WeekdayMismatch, result.Refusal);
        Assert.Equal("Wednesday 25 November", result.Detail);
    }

    [Theory]
    [InlineData("yesterday 3pm")]
    [InlineData("23/11/2025 10:00")]
    [InlineData("an hour ago")]
    [InlineData("today 9am")]
    public void Parse_PastTimeForFutureQuestion_RefusesAndSaysWhatItUnderstood(string text)
    {
        var result = Parser.Parse(text, DateTimeConstraint.Future);

        Assert.Equal(DateTimeRefusal.InThePast, result.Refusal);
        Assert.NotNull(result.Parsed);
    }

    [Theory]
    [InlineData("in 2 hours")]
    [InlineData("tomorrow")]
    [InlineData("tomorrow 9am")]
    public void Parse_FutureTimeForPastQuestion_Refuses(string text) =>
        Assert.Equal(DateTimeRefusal.InTheFuture, Parser.Parse(text, DateTimeConstraint.Past).Refusal);

    [Theory]
    [InlineData("tomorrow 2pm", "Tuesday 24 November, 14:00")]
    [InlineData("Tuesday", "Tuesday 24 November")]
    [InlineData("1/1 9am", "Friday 1 January 2027, 09:00")]
    [InlineData("in 2 hours", "Monday 23 November, 12:00")]
    public void Parse_Accepted_SaysWhatWasUnderstood(string text, string understood) =>
        Assert.Equal(understood, Parser.Parse(text, DateTimeConstraint.Future).Parsed!.Understood);

    [Fact]
    public void Parse_AnyConstraintBareTimePassed_StaysToday() =>
        Assert.Equal("2026-11-23T09:00+00:00", Local(Parser.Parse("9am", DateTimeConstraint.Any).Parsed!));

    [Fact]
    public void Parse_NowHasSeconds_TruncatesToTheMinute()
    {
        var parser = At(EngineHarness.MondayMorning.AddSeconds(42));

        Assert.Equal("2026-11-23T12:00+00:00", Local(parser.Parse("in 2 hours").Parsed!));
    }

    [Theory]
    [InlineData("14:30", "2026-07-15T14:30+01:00")]
    [InlineData("tomorrow 9am", "2026-07-16T09:00+01:00")]
    [InlineData("in 2 hours", "2026-07-15T12:00+01:00")]
    [InlineData("9am", "2026-07-16T09:00+01:00")]
    public void Parse_InSummer_UsesBritishSummerTime(string text, string expected)
    {
        var parser = At(new DateTimeOffset(2026, 7, 15, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(expected, Local(parser.Parse(text, DateTimeConstraint.Future).Parsed!));
    }

    [Theory]
    [InlineData("tomorrow 1:30am", "2026-03-29T02:30+01:00")]
    [InlineData("tomorrow 00:30", "2026-03-29T00:30+00:00")]
    [InlineData("tomorrow 3pm", "2026-03-29T15:00+01:00")]
    public void Parse_AcrossSpringClockChange_SkippedHourMovesForward(string text, string expected)
    {
        var parser = At(new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(expected, Local(parser.Parse(text, DateTimeConstraint.Future).Parsed!));
    }

    [Theory]
    [InlineData("tomorrow 1:30am", "2026-10-25T01:30+01:00")]
    [InlineData("tomorrow 3pm", "2026-10-25T15:00+00:00")]
    public void Parse_AcrossAutumnClockChange_RepeatedHourTakesSummerTime(string text, string expected)
    {
        var parser = At(new DateTimeOffset(2026, 10, 24, 11, 0, 0, TimeSpan.Zero));

        Assert.Equal(expected, Local(parser.Parse(text, DateTimeConstraint.Future).Parsed!));
    }

    [Theory]
    [InlineData("2026-11-25", "2026-11-25")]
    [InlineData("25/11", "2026-11-25")]
    [InlineData("tomorrow", "2026-11-24")]
    public void ParseDate_Date_GivesDay(string text, string expected) =>
        Assert.Equal(expected, Parser.ParseDate(text).Parsed!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("10:00", "10:00")]
    [InlineData("2pm", "14:00")]
    [InlineData("noon", "12:00")]
    public void ParseTime_Time_GivesTimeOfDay(string text, string expected) =>
        Assert.Equal(expected, DateTimeParser.ParseTime(text)!.Value.ToString("HH:mm", CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("2")]
    public void ParseTime_NotATime_ReturnsNull(string text) => Assert.Null(DateTimeParser.ParseTime(text));

    private static readonly DateTimeOffset VisitTomorrowAt2 = new(2026, 11, 24, 14, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("4pm", "2026-11-24T16:00+00:00")]
    [InlineData("16:30", "2026-11-24T16:30+00:00")]
    [InlineData("11am", "2026-11-25T11:00+00:00")]
    [InlineData("2pm", "2026-11-25T14:00+00:00")]
    [InlineData("tomorrow 5pm", "2026-11-24T17:00+00:00")]
    [InlineData("Wednesday 9am", "2026-11-25T09:00+00:00")]
    public void Parse_AfterAnEarlierTime_TimeAloneIsTheFirstOneAfterIt(string text, string expected)
    {
        var result = Parser.Parse(text, DateTimeConstraint.Future, after: VisitTomorrowAt2);

        Assert.True(result.Success, result.Refusal.ToString());
        Assert.Equal(expected, Local(result.Parsed!));
    }

    [Theory]
    [InlineData("tomorrow 1pm")]
    [InlineData("tomorrow at 14:00")]
    [InlineData("in 2 hours")]
    [InlineData("today 4pm")]
    public void Parse_AfterAnEarlierTime_AnythingNotAfterItIsRefusedNamingIt(string text)
    {
        var result = Parser.Parse(text, DateTimeConstraint.Future, after: VisitTomorrowAt2);

        Assert.Equal(DateTimeRefusal.NotAfter, result.Refusal);
        Assert.Equal("Tuesday 24 November, 14:00", result.Detail);
        Assert.NotNull(result.Parsed);
    }
}
