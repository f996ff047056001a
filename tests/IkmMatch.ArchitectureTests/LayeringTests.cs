using System.Reflection;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Domain.Registry;
using IkmMatch.Infrastructure.Persistence;
using Mediator;
using NetArchTest.Rules;

namespace IkmMatch.ArchitectureTests;

/// <summary>Holds the layering of DESIGN §6: dependencies point inwards only.</summary>
public sealed class LayeringTests
{
    private static readonly Assembly Domain = typeof(Ikm).Assembly;
    private static readonly Assembly Application = typeof(IApplicationDbContext).Assembly;
    private static readonly Assembly Infrastructure = typeof(AppDbContext).Assembly;
    private static readonly Assembly Api = typeof(Program).Assembly;

    [Fact]
    public void Assemblies_AreTheOnesUnderTest()
    {
        // An architecture test that checks the wrong assembly passes vacuously; pin each to its project.
        Domain.GetName().Name.ShouldBe("IkmMatch.Domain");
        Application.GetName().Name.ShouldBe("IkmMatch.Application");
        Infrastructure.GetName().Name.ShouldBe("IkmMatch.Infrastructure");
        Api.GetName().Name.ShouldBe("IkmMatch.Api");
        Types.InAssembly(Domain).GetTypes().Count().ShouldBeGreaterThan(5);
        Types.InAssembly(Application).GetTypes().Count().ShouldBeGreaterThan(20);
    }

    [Fact]
    public void Domain_ReferencesNoOtherAssemblyThanTheFramework()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.ShouldAllBe(name => name == "System.Runtime" || name.StartsWith("System.", StringComparison.Ordinal) || name == "netstandard");
    }

    [Fact]
    public void Domain_DependsOnNoOtherLayerOrPackage()
    {
        var result = Types.InAssembly(Domain).ShouldNot()
            .HaveDependencyOnAny("IkmMatch.Application", "IkmMatch.Infrastructure", "IkmMatch.Api", "Microsoft.EntityFrameworkCore", "Mediator", "FluentValidation", "Npgsql")
            .GetResult();

        result.IsSuccessful.ShouldBeTrue(Describe(result));
    }

    [Fact]
    public void Application_DependsNeitherOnInfrastructureNorApiNorNpgsql()
    {
        var result = Types.InAssembly(Application).ShouldNot()
            .HaveDependencyOnAny("IkmMatch.Infrastructure", "IkmMatch.Api", "Npgsql", "Microsoft.AspNetCore")
            .GetResult();

        result.IsSuccessful.ShouldBeTrue(Describe(result));
        Application.GetReferencedAssemblies().ShouldNotContain(a => a.Name!.StartsWith("Npgsql", StringComparison.Ordinal));
    }

    [Fact]
    public void Endpoints_NeverTouchTheDbContext()
    {
        var result = Types.InAssembly(Api).That().ResideInNamespace("IkmMatch.Api.Endpoints").ShouldNot()
            .HaveDependencyOnAny("IkmMatch.Infrastructure", "Microsoft.EntityFrameworkCore", "IkmMatch.Application.Common.Abstractions")
            .GetResult();

        result.IsSuccessful.ShouldBeTrue(Describe(result));
        Types.InAssembly(Api).That().ResideInNamespace("IkmMatch.Api.Endpoints").GetTypes().Count().ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public void Handlers_AreSealedAndLiveInApplication()
    {
        var handlerInterfaces = new[] { typeof(ICommandHandler<,>), typeof(IQueryHandler<,>), typeof(ICommandHandler<>) };
        var handlers = Application.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(i => i.IsGenericType && handlerInterfaces.Contains(i.GetGenericTypeDefinition())))
            .ToList();

        handlers.Count.ShouldBeGreaterThanOrEqualTo(11);
        handlers.Where(h => !h.IsSealed).Select(h => h.Name).ShouldBeEmpty();
        handlers.ShouldAllBe(h => h.Name.EndsWith("Handler", StringComparison.Ordinal));
    }

    [Fact]
    public void Messages_AreNamedCommandOrQuery()
    {
        var messages = Application.GetTypes()
            .Where(t => t.IsClass && (typeof(ICommand).IsAssignableFrom(t) || t.GetInterfaces().Any(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(ICommand<>) || i.GetGenericTypeDefinition() == typeof(IQuery<>)))))
            .ToList();

        messages.ShouldNotBeEmpty();
        messages.ShouldAllBe(m => m.Name.EndsWith("Command", StringComparison.Ordinal) || m.Name.EndsWith("Query", StringComparison.Ordinal));
    }

    private static string Describe(NetArchTest.Rules.TestResult result) =>
        string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []);
}
