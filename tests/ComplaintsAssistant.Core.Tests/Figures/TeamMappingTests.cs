using ComplaintsAssistant.Core.Figures;

namespace ComplaintsAssistant.Core.Tests.Figures;

/// <summary>A restructure's mapping must end at one of today's teams, or last year's cases would stand in a row of their own.</summary>
public sealed class TeamMappingTests
{
    private static readonly string[] TeamsNow = ["Locality East", "Locality West"];

    private static TeamMapping Mapping(params (string Old, string Now)[] pairs) =>
        new(pairs.ToDictionary(p => p.Old, p => p.Now));

    [Fact]
    public void AChainOfRestructuresEndingAtTodaysTeamIsRight()
    {
        var mapping = Mapping(("Team East", "East Hub"), ("East Hub", "locality east"));
        Assert.Null(mapping.Problem(TeamsNow));
        Assert.Equal("locality east", mapping.Current("Team East"));
    }

    [Fact]
    public void ANameThatIsNotATeamTodayIsNamed()
    {
        var problem = Mapping(("Team East", "Locality Est")).Problem(TeamsNow);
        Assert.Equal(("Team East", "'Team East' leads to 'Locality Est', which is not one of the council's teams today (Locality East, Locality West)."), problem);
    }

    [Fact]
    public void ACircleIsNamed()
    {
        var problem = Mapping(("Team East", "East Hub"), ("East Hub", "Team East")).Problem(TeamsNow);
        Assert.NotNull(problem);
        Assert.Equal("Team East", problem.Value.FormerName);
        Assert.Contains("leads back to itself through 'East Hub' → 'Team East'", problem.Value.Reason);
    }
}
