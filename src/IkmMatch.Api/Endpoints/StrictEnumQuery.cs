using System.Reflection;
using IkmMatch.Api.ErrorHandling;
using IkmMatch.Application.Common.Exceptions;
using Microsoft.AspNetCore.Mvc;

namespace IkmMatch.Api.Endpoints;

/// <summary>
/// Enum query parameters take names only, as bodies do. The framework's binder also takes numbers ("3") and comma
/// lists ("Ciwandan,Grogol", which it ORs into another value); this filter refuses both with a 400 naming the parameter.
/// </summary>
internal static class StrictEnumQuery
{
    public static TBuilder RequireEnumNamesInQuery<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var enumParameters = factory.MethodInfo.GetParameters()
                .Select(p => (Query: p.GetCustomAttribute<FromQueryAttribute>(), Name: p.Name, Type: Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType))
                .Where(p => p.Query is not null && p.Type.IsEnum)
                .Select(p => (Name: p.Query!.Name ?? p.Name!, p.Type))
                .ToList();
            if (enumParameters.Count == 0)
            {
                return next;
            }

            return invocation =>
            {
                var query = invocation.HttpContext.Request.Query;
                Dictionary<string, string[]>? errors = null;
                foreach (var (name, type) in enumParameters)
                {
                    if (query.TryGetValue(name, out var values) && values.Count > 0
                        && !Enum.GetNames(type).Contains(values.ToString(), StringComparer.OrdinalIgnoreCase))
                    {
                        errors ??= new(StringComparer.Ordinal);
                        errors[name] = [ProblemText.Say("validation.query.oneOf", values.ToString(), name, string.Join(", ", Enum.GetNames(type)))];
                    }
                }

                return errors is null ? next(invocation) : throw new ValidationException(errors);
            };
        });
}
