using System.Text.Json;
using EngagementBot.Host.Flows.Approvals;

namespace EngagementBot.Host.Tests.Flows.Approvals;

public sealed class JointVisitArgumentsTests
{
    [Fact]
    public void Read_PlanVisitStyleArguments_TakesLevelFactorsAndPlanIdFromTheActionOutputs()
    {
        var arguments = JointVisitArguments.Read(
            Json("""
                {"caseRef":"sc-0017",
                 "risk":{"level":"high","levelText":"High","jointVisitOffered":true,
                         "factors":[{"rule":"r1","text":"History of violence","citation":"s 4.2"},{"rule":"r2","text":"Dog at the address","citation":"s 4.3"}]},
                 "save":{"planId":"plan-7"},"jointVisit":true}
                """),
            Json("""{"caseReference":"caseRef","plan":"save","risk":"risk","jointVisit":"jointVisit"}"""));

        Assert.Equal(new JointVisitArguments("SC-0017", "High", "History of violence; Dog at the address", "plan-7"), arguments);
    }

    [Fact]
    public void Read_NoArguments_FindsTheUsualAnswerPaths()
    {
        var arguments = JointVisitArguments.Read(Json("""{"caseReference":"SC-1","assess":{"level":"medium","reasons":["late in the day"]},"plan":{"id":"p-1"}}"""), null);

        Assert.Equal(new JointVisitArguments("SC-1", "medium", "late in the day", "p-1"), arguments);
    }

    [Fact]
    public void Read_ExplicitPaths_OverrideWhatRiskAndPlanGive()
    {
        var arguments = JointVisitArguments.Read(
            Json("""{"caseRef":"SC-1","ref":"SC-2","choice":"high","why":"asked by police","risk":{"level":"low"}}"""),
            Json("""{"caseReference":"ref","riskLevel":"choice","reason":"why"}"""));

        Assert.Equal(new JointVisitArguments("SC-2", "high", "asked by police", null), arguments);
    }

    [Fact]
    public void Read_RiskIsPlainText_IsTheLevel()
    {
        var arguments = JointVisitArguments.Read(Json("""{"caseRef":"SC-1","risk":"high"}"""), null);

        Assert.Equal("high", arguments.RiskLevel);
        Assert.Null(arguments.Reason);
    }

    [Fact]
    public void Read_NamedPathUnanswered_IsNullRatherThanADefault()
    {
        var arguments = JointVisitArguments.Read(Json("""{"caseRef":"SC-1"}"""), Json("""{"caseReference":"other"}"""));

        Assert.Null(arguments.CaseReference);
    }

    [Fact]
    public void Read_LongReason_IsCut()
    {
        var arguments = JointVisitArguments.Read(Json($$$"""{"caseRef":"SC-1","risk":{"factors":["{{{new string('x', 400)}}}"]}}"""), null);

        Assert.Equal(JointVisitArguments.MaxTextLength + 1, arguments.Reason!.Length);
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
