#pragma once
// std::expected for compilers whose library lacks it: clang 14 with libstdc++ 12 (used only
// for the libFuzzer and clang-tidy builds) does not enable libstdc++'s <expected>. GCC 12
// builds use the standard one; this file then defines nothing.
#include <version>
#if __has_include(<expected>)
#include <expected>
#endif

#if !defined(__cpp_lib_expected)
#include <exception>
#include <type_traits>
#include <utility>
#include <variant>

namespace std {  // NOLINT(cert-dcl58-cpp): stands in for the missing standard type only

template <class E>
class unexpected {
 public:
  // Constrained as the standard's is, so it never hides the copy and move constructors.
  template <class Err = E, class = enable_if_t<!is_same_v<remove_cvref_t<Err>, unexpected> &&
                                               is_constructible_v<E, Err&&>>>
  constexpr explicit unexpected(Err&& e) : m_error(std::forward<Err>(e)) {}
  constexpr const E& error() const& noexcept { return m_error; }
  constexpr E& error() & noexcept { return m_error; }
  constexpr E&& error() && noexcept { return std::move(m_error); }

 private:
  E m_error;
};
template <class E>
unexpected(E) -> unexpected<E>;

template <class E>
class bad_expected_access : public exception {
 public:
  explicit bad_expected_access(E e) : m_error(std::move(e)) {}
  const char* what() const noexcept override { return "bad expected access"; }
  const E& error() const& noexcept { return m_error; }

 private:
  E m_error;
};

template <class T, class E>
class expected {
 public:
  using value_type = T;
  using error_type = E;

  constexpr expected() : m_store(std::in_place_index<0>) {}
  template <class U = T, class = enable_if_t<is_constructible_v<T, U&&> &&
                                             !is_same_v<remove_cvref_t<U>, expected> &&
                                             !is_same_v<remove_cvref_t<U>, unexpected<E>>>>
  constexpr expected(U&& value) : m_store(std::in_place_index<0>, std::forward<U>(value)) {}
  template <class G>
  constexpr expected(const unexpected<G>& e) : m_store(std::in_place_index<1>, e.error()) {}
  template <class G>
  constexpr expected(unexpected<G>&& e) : m_store(std::in_place_index<1>, std::move(e).error()) {}

  constexpr bool has_value() const noexcept { return m_store.index() == 0; }
  constexpr explicit operator bool() const noexcept { return has_value(); }
  constexpr T& operator*() & { return std::get<0>(m_store); }
  constexpr const T& operator*() const& { return std::get<0>(m_store); }
  constexpr T&& operator*() && { return std::get<0>(std::move(m_store)); }
  constexpr T* operator->() { return &std::get<0>(m_store); }
  constexpr const T* operator->() const { return &std::get<0>(m_store); }
  constexpr T& value() & { check(); return std::get<0>(m_store); }
  constexpr const T& value() const& { check(); return std::get<0>(m_store); }
  constexpr T&& value() && { check(); return std::get<0>(std::move(m_store)); }
  constexpr E& error() & { return std::get<1>(m_store); }
  constexpr const E& error() const& { return std::get<1>(m_store); }
  constexpr E&& error() && { return std::get<1>(std::move(m_store)); }
  template <class U>
  constexpr T value_or(U&& fallback) const& { return has_value() ? **this : static_cast<T>(std::forward<U>(fallback)); }
  template <class F>
  constexpr auto and_then(F&& f) const& { return has_value() ? f(**this) : decltype(f(**this))(unexpected<E>(error())); }
  template <class F>
  constexpr auto transform(F&& f) const& -> expected<decltype(f(declval<const T&>())), E> {
    if (has_value()) return f(**this);
    return unexpected<E>(error());
  }

 private:
  constexpr void check() const {
    if (!has_value()) throw bad_expected_access<E>(std::get<1>(m_store));
  }
  variant<T, E> m_store;
};

template <class E>
class expected<void, E> {
 public:
  using value_type = void;
  using error_type = E;
  constexpr expected() = default;
  template <class G>
  constexpr expected(const unexpected<G>& e) : m_error(e.error()), m_has_value(false) {}
  template <class G>
  constexpr expected(unexpected<G>&& e) : m_error(std::move(e).error()), m_has_value(false) {}
  constexpr bool has_value() const noexcept { return m_has_value; }
  constexpr explicit operator bool() const noexcept { return m_has_value; }
  constexpr void value() const {
    if (!m_has_value) throw bad_expected_access<E>(m_error);
  }
  constexpr void operator*() const noexcept {}
  constexpr const E& error() const& { return m_error; }
  constexpr E& error() & { return m_error; }

 private:
  E m_error{};
  bool m_has_value = true;
};

}  // namespace std
#endif
