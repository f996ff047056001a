using FluentValidation;
using IkmMatch.Application.Common.Behaviours;
using Microsoft.Extensions.DependencyInjection;

namespace IkmMatch.Application;

public static class DependencyInjection
{
    /// <summary>Registers the mediator (source-generated), its pipeline and the validators.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(LoggingBehaviour<,>), typeof(ValidationBehaviour<,>)];
        });
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }
}
