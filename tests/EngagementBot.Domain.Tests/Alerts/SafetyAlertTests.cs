using EngagementBot.Domain.Alerts;
using static EngagementBot.Domain.Tests.Alerts.AlertSamples;

namespace EngagementBot.Domain.Tests.Alerts;

public sealed class SafetyAlertTests
{
    [Fact]
    public void Arm_ValidInput_IsAnSosInItsCancelWindowTellingNobody()
    {
        var alert = SafetyAlert.Arm(Guid.NewGuid(), null, " SC-0042 ", " north ", Worker, null, Ladder, T0, T0.AddSeconds(5));

        Assert.Equal((AlertKind.Sos, AlertState.Arming, 0, false, 0), (alert.Kind, alert.State, alert.Step, alert.Silent, alert.Version));
        Assert.Equal(("SC-0042", "north", T0.AddSeconds(5)), (alert.CaseReference, alert.Team, alert.NextStepAt));
        Assert.Empty(alert.PostedCards);
        Assert.True(alert.IsOpen);
    }

    [Theory]
    [InlineData(AlertKind.Overdue, 0, false)]
    [InlineData(AlertKind.Incident, 0, false)]
    [InlineData(AlertKind.Sos, 2, false)]
    [InlineData(AlertKind.Duress, 2, true)]
    public void Raise_EachKind_StartsAtItsStepAndSilenceOnlyForDuress(AlertKind kind, int step, bool silent)
    {
        var alert = Raised(kind);

        Assert.Equal((AlertState.Raised, step, silent, 0), (alert.State, alert.Step, alert.Silent, alert.Version));
        Assert.Equal(T0.AddMinutes(10), alert.NextStepAt);
    }

    [Fact]
    public void Raise_BlankTeam_Throws()
    {
        Assert.Throws<ArgumentException>(() => SafetyAlert.Raise(
            Guid.NewGuid(), AlertKind.Overdue, null, null, " ", Worker, null, null, Ladder, T0, T0.AddMinutes(10)));
    }

    [Fact]
    public void Raise_NoRungsOrARungWithNobody_Throws()
    {
        Assert.Throws<ArgumentException>(() => SafetyAlert.Raise(
            Guid.NewGuid(), AlertKind.Overdue, null, null, "north", Worker, null, null, [], T0, T0.AddMinutes(10)));
        Assert.Throws<ArgumentException>(() => SafetyAlert.Raise(
            Guid.NewGuid(), AlertKind.Overdue, null, null, "north", Worker, null, null, [.. Ladder, new AlertRung([])], T0, T0.AddMinutes(10)));
    }

    [Theory]
    [InlineData(AlertState.Arming, true)]
    [InlineData(AlertState.Raised, true)]
    [InlineData(AlertState.Handled, false)]
    [InlineData(AlertState.Cancelled, false)]
    [InlineData(AlertState.StoodDown, false)]
    public void IsOpen_EachState_OnlyArmingAndRaised(AlertState state, bool open)
    {
        Assert.Equal(open, (Raised() with { State = state }).IsOpen);
    }

    [Theory]
    [InlineData(0, new[] { LineManager })]
    [InlineData(1, new[] { LineManager, SecondContact, OutOfHours })]
    [InlineData(2, new[] { LineManager, SecondContact, OutOfHours, Channel })]
    [InlineData(5, new[] { LineManager, SecondContact, OutOfHours, Channel })]
    public void ToldTargets_EachStep_RungsUpToTheStepOnceEach(int step, string[] told)
    {
        var alert = Raised() with { Step = step };

        Assert.Equal(2, alert.LastRung);
        Assert.Equal(told, alert.ToldTargets.Select(t => t.Id));
    }

    [Fact]
    public void Fire_Arming_RaisesToTheWholeLadderAtOnce()
    {
        var fired = Arming().Fire(T0.AddMinutes(5));

        Assert.Equal((AlertState.Raised, 2, T0.AddMinutes(5), 1), (fired!.State, fired.Step, fired.NextStepAt, fired.Version));
        Assert.False(fired.Silent);
        Assert.Equal(4, fired.ToldTargets.Count);
    }

    [Fact]
    public void Cancel_Arming_IsCancelledWithNothingLeftToDo()
    {
        var cancelled = Arming().Cancel();

        Assert.Equal((AlertState.Cancelled, (DateTimeOffset?)null, 1), (cancelled!.State, cancelled.NextStepAt, cancelled.Version));
        Assert.False(cancelled.IsOpen);
    }

    [Fact]
    public void Duress_Arming_RaisesSilentlyToEveryone()
    {
        var duress = Arming().Duress(T0.AddMinutes(5));

        Assert.Equal((AlertKind.Duress, AlertState.Raised, true, 2), (duress!.Kind, duress.State, duress.Silent, duress.Step));
        Assert.Equal((T0.AddMinutes(5), 1), (duress.NextStepAt, duress.Version));
    }

    [Fact]
    public void WindowEndings_NoLongerArming_ReturnNull()
    {
        var cancelled = Arming().Cancel()!;
        var fired = Arming().Fire(T0.AddMinutes(5))!;

        foreach (var alert in new[] { cancelled, fired })
        {
            Assert.Null(alert.Fire(T0.AddMinutes(5)));
            Assert.Null(alert.Cancel());
            Assert.Null(alert.Duress(T0.AddMinutes(5)));
        }
    }

    [Fact]
    public void Escalate_FromTheCurrentStep_TellsTheNextRung()
    {
        var escalated = Raised().Escalate(0, T0.AddMinutes(20));

        Assert.Equal((1, T0.AddMinutes(20), 1), (escalated!.Step, escalated.NextStepAt, escalated.Version));
        Assert.Contains(escalated.ToldTargets, t => t.Id == SecondContact);
    }

    [Fact]
    public void Escalate_PastTheLastRung_KeepsCountingAndTellsEveryone()
    {
        var repeated = Raised(AlertKind.Sos).Escalate(2, T0.AddMinutes(20))!.Escalate(3, T0.AddMinutes(30));

        Assert.Equal(4, repeated!.Step);
        Assert.Equal(4, repeated.ToldTargets.Count);
    }

    [Fact]
    public void Escalate_StaleTimer_ReturnsNull()
    {
        var escalated = Raised().Escalate(0, T0.AddMinutes(20))!;

        Assert.Null(escalated.Escalate(0, T0.AddMinutes(20)));
    }

    [Fact]
    public void Escalate_ArmingHandledOrStoodDown_ReturnsNull()
    {
        Assert.Null(Arming().Escalate(0, T0.AddMinutes(20)));
        Assert.Null(Raised().Handle(LineManager, null, T0)!.Escalate(0, T0.AddMinutes(20)));
        Assert.Null(Raised().StandDown(T0)!.Escalate(0, T0.AddMinutes(20)));
    }

    [Theory]
    [InlineData(LineManager)]
    [InlineData("AAD-LINE-MANAGER")]
    [InlineData(" aad-line-manager ")]
    public void MayHandle_PersonOnAToldRung_IsAllowedIgnoringCase(string aadObjectId)
    {
        Assert.True(Raised().MayHandle(aadObjectId, null));
    }

    [Fact]
    public void MayHandle_PersonOnARungNotYetTold_IsRefusedUntilItIs()
    {
        var alert = Raised();

        Assert.False(alert.MayHandle(SecondContact, null));
        Assert.True(alert.Escalate(0, T0.AddMinutes(20))!.MayHandle(SecondContact, null));
    }

    [Fact]
    public void MayHandle_AnyoneInAToldChannel_IsAllowed()
    {
        var everyone = Raised() with { Step = 2 };

        Assert.True(everyone.MayHandle("aad-colleague", Channel));
        Assert.False(Raised().MayHandle("aad-colleague", Channel));
    }

    [Theory]
    [InlineData(null, Channel)]
    [InlineData(" ", Channel)]
    [InlineData("aad-colleague", "19:NORTH@thread.tacv2")]
    [InlineData("aad-colleague", "19:south@thread.tacv2")]
    [InlineData("aad-colleague", null)]
    [InlineData(null, null)]
    public void MayHandle_NoIdentityOrAnotherChannelOrStranger_IsRefused(string? aadObjectId, string? channelId)
    {
        Assert.False((Raised() with { Step = 2 }).MayHandle(aadObjectId, channelId));
    }

    [Fact]
    public void Handle_Raised_TheFirstPressOwnsIt()
    {
        var handled = Raised().Handle(SecondContact, "Jo Contact", T0.AddMinutes(3));

        Assert.Equal((AlertState.Handled, SecondContact, "Jo Contact"), (handled!.State, handled.HandledBy, handled.HandledByName));
        Assert.Equal((T0.AddMinutes(3), (DateTimeOffset?)null, 1), (handled.HandledAt, handled.NextStepAt, handled.Version));
        Assert.Null(handled.Handle(LineManager, "Alex Manager", T0.AddMinutes(4)));
    }

    [Fact]
    public void Handle_ArmingOrCancelledOrStoodDown_ReturnsNull()
    {
        Assert.Null(Arming().Handle(LineManager, null, T0));
        Assert.Null(Arming().Cancel()!.Handle(LineManager, null, T0));
        Assert.Null(Raised().StandDown(T0)!.Handle(LineManager, null, T0));
    }

    [Fact]
    public void Handle_BlankPerson_Throws()
    {
        Assert.Throws<ArgumentException>(() => Raised().Handle(" ", null, T0));
    }

    [Fact]
    public void StandDown_RaisedOverdue_IsStoodDownWithNothingLeftToDo()
    {
        var stoodDown = Raised().StandDown(T0.AddMinutes(2));

        Assert.Equal((AlertState.StoodDown, T0.AddMinutes(2), (DateTimeOffset?)null), (stoodDown!.State, stoodDown.HandledAt, stoodDown.NextStepAt));
        Assert.Null(stoodDown.HandledBy);
        Assert.False(stoodDown.IsOpen);
    }

    [Theory]
    [InlineData(AlertKind.Sos)]
    [InlineData(AlertKind.Duress)]
    [InlineData(AlertKind.Incident)]
    public void StandDown_OtherKinds_ReturnsNull(AlertKind kind)
    {
        Assert.Null(Raised(kind).StandDown(T0));
    }

    [Fact]
    public void StandDown_HandledOverdue_ReturnsNull()
    {
        Assert.Null(Raised().Handle(LineManager, null, T0)!.StandDown(T0.AddMinutes(1)));
    }

    [Fact]
    public void PersonAndChannel_IdAndRole_BuildTargetsOfTheirKind()
    {
        Assert.Equal(new AlertTarget(AlertTargetKind.Person, LineManager, AlertRoles.LineManager), AlertTarget.Person(LineManager, AlertRoles.LineManager));
        Assert.Equal(new AlertTarget(AlertTargetKind.Channel, Channel, AlertRoles.TeamChannel), AlertTarget.Channel(Channel, AlertRoles.TeamChannel));
    }
}
