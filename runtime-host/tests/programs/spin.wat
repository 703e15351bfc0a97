;; Never stops: fuel or a timeout must end it.
(module
  (func $spin (export "_start")
    (loop $forever (br $forever))))
