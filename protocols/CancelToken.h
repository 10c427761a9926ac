#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace postier::protocols {

/// A flag shared between the thread that asks for a cancel and the connection thread that polls
/// it (from vmime's timeoutHandler and from our own socket loops). Copies share the same flag.
///
/// A connection worker that holds a job without polling (one waiting for its retry) sets a
/// listener to hear of the cancel at once: it is called from cancel(), in the cancelling thread,
/// and must only post work elsewhere. Once setListener({}) has returned, it is no longer called.
class CancelToken
{
public:
    CancelToken() : m_state(std::make_shared<State>()) {}
    void cancel() const
    {
        m_state->flag.store(true, std::memory_order_relaxed);
        std::lock_guard lock(m_state->mutex);
        if (m_state->listener)
            m_state->listener();
    }
    [[nodiscard]] bool isCancelled() const { return m_state->flag.load(std::memory_order_relaxed); }
    void setListener(std::function<void()> listener) const
    {
        std::lock_guard lock(m_state->mutex);
        m_state->listener = std::move(listener);
    }

private:
    struct State {
        std::atomic_bool flag = false;
        std::mutex mutex;
        std::function<void()> listener;
    };
    std::shared_ptr<State> m_state;
};

} // namespace postier::protocols
