using FluentValidation;
using IkmMatch.Application.ApiKeys;
using IkmMatch.Application.Common.Behaviours;
using IkmMatch.Application.Common.Caching;
using IkmMatch.Application.Common.Localization;
using IkmMatch.Application.Common.Outbox;
using IkmMatch.Application.Matching;
using IkmMatch.Application.Matching.Rankings;
using IkmMatch.Domain.Matching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IkmMatch.Application;

public static class DependencyInjection
{
    /// <summary>Registers the mediator (source-generated), its pipeline and the validators.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(LoggingBehaviour<,>), typeof(AuthorizationBehaviour<,>), typeof(ValidationBehaviour<,>)];
        });
        ValidationTexts.UseCatalogues();
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddOptions<MatchingOptions>().ValidateOnStart();
        services.AddScoped<IApiKeyAuthenticator, ApiKeyAuthenticator>();
        services.AddSingleton(sp => new RecordCaches(sp.GetRequiredService<IOptions<CachingOptions>>().Value));
        services.AddSingleton<IValidateOptions<MatchingOptions>, MatchingOptionsValidator>();
        services.AddSingleton(sp => new MatchScorer(sp.GetRequiredService<IOptions<MatchingOptions>>().Value.ToWeights()));
        services.AddSingleton<RankingGate>();
        services.AddScoped<RankingKeeper>();
        services.AddScoped<IOutboxConsumer>(sp => sp.GetRequiredService<RankingKeeper>());
        return services;
    }
}
