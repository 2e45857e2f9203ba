#pragma once
// Time limits in tests catch work that grows faster than its input (a quadratic scan, a
// hang). They mean something only in an optimised build: under a sanitizer or without
// optimisation everything runs ten or more times slower, so there the tests still run every
// input but do not check the clock.
namespace leafpress::testing {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
inline constexpr bool k_sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
inline constexpr bool k_sanitized = true;
#else
inline constexpr bool k_sanitized = false;
#endif
#else
inline constexpr bool k_sanitized = false;
#endif

#ifdef NDEBUG
inline constexpr bool k_time_limits_apply = !k_sanitized;
#else
inline constexpr bool k_time_limits_apply = false;
#endif

}  // namespace leafpress::testing
