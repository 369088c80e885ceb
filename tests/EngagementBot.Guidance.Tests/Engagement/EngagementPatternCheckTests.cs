using EngagementBot.Guidance.Engagement;
using EngagementBot.Guidance.Loading;
using EngagementBot.Guidance.Model;
using EngagementBot.Guidance.Tests.Support;

namespace EngagementBot.Guidance.Tests.Engagement;

public sealed class EngagementPatternCheckTests
{
    [Theory]
    [MemberData(nameof(Packs.FileNames), MemberType = typeof(Packs))]
    public void Validate_BuiltInPack_PassesAndHasTheFourPatterns(string packFile)
    {
        var pack = Packs.Load(packFile);

        EngagementPatternCheck.Validate(pack);

        Assert.Equal(
            [EngagementPatternKind.Repeated, EngagementPatternKind.NotSeenFor, EngagementPatternKind.Occurred, EngagementPatternKind.Agencies],
            pack.EngagementPatterns.Select(p => p.Pattern));
        var refused = Assert.Single(pack.EngagementPatterns, p => p.Pattern == EngagementPatternKind.Occurred);
        Assert.Equal([LoggedEvent.AccessRefused], refused.Events);
        Assert.True(refused.TellManager);
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void Validate_PatternThatDoesNotFitItsKind_ThrowsNamingIt(string why, Func<EngagementPattern, EngagementPattern> breakIt)
    {
        var pack = Packs.LoadById("cwm-taf-children");
        var kind = why.StartsWith("not-seen", StringComparison.Ordinal) ? EngagementPatternKind.NotSeenFor
            : why.StartsWith("occurred", StringComparison.Ordinal) ? EngagementPatternKind.Occurred
            : EngagementPatternKind.Repeated;
        var target = pack.EngagementPatterns.First(p => p.Pattern == kind);
        var broken = pack with { EngagementPatterns = [.. pack.EngagementPatterns.Select(p => p == target ? breakIt(p) : p)] };

        var error = Assert.Throws<InvalidDataException>(() => EngagementPatternCheck.Validate(broken));

        Assert.Contains($"'{target.Id}'", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, Func<EngagementPattern, EngagementPattern>> Broken => new()
    {
        { "repeated without events", p => p with { Events = [] } },
        { "repeated with an event twice", p => p with { Events = [LoggedEvent.MissedAppointment, LoggedEvent.MissedAppointment] } },
        { "repeated without withinDays", p => p with { WithinDays = null } },
        { "repeated of one", p => p with { AtLeast = 1 } },
        { "repeated quiet for no days", p => p with { QuietDays = 0 } },
        { "not-seen with events", p => p with { Events = [LoggedEvent.NotSeen] } },
        { "not-seen with withinDays", p => p with { WithinDays = 30 } },
        { "not-seen for no days", p => p with { AtLeast = 0 } },
        { "occurred twice", p => p with { AtLeast = 2 } },
        { "occurred looking back too far", p => p with { WithinDays = 400 } },
    };

    [Fact]
    public void Load_PackWithBrokenPattern_StopsWithTheFileAndPatternNamed()
    {
        var folder = Directory.CreateTempSubdirectory("packs-");
        try
        {
            var json = Packs.LoadJson("forth-valley-children.json");
            json["engagementPatterns"]![0]!["atLeast"] = 1;
            File.WriteAllText(Path.Combine(folder.FullName, "broken.json"), json.ToJsonString());

            var error = Assert.Throws<InvalidDataException>(() => PackCatalog.Load(folder.FullName, "forth-valley-children"));

            Assert.Contains("broken.json", error.Message, StringComparison.Ordinal);
            Assert.Contains("pattern-missed-appointments", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Read_UnknownEventName_Throws()
    {
        var json = Packs.LoadJson("cwm-taf-children.json");
        json["engagementPatterns"]![0]!["events"]![0] = "missedTheBus";

        Assert.Throws<InvalidDataException>(() => PackJson.Read(json.ToJsonString(), "test"));
    }

    [Fact]
    public void SchemaValidate_NotSeenPatternWithEvents_Fails()
    {
        var json = Packs.LoadJson("cwm-taf-children.json");
        var notSeen = json["engagementPatterns"]!.AsArray().Select(n => n!.AsObject()).First(n => (string?)n["pattern"] == "notSeenFor");
        notSeen["events"] = new System.Text.Json.Nodes.JsonArray("notSeen");

        var (exitCode, _) = SchemaValidator.ValidateDocument(json);

        Assert.Equal(1, exitCode);
    }
}
