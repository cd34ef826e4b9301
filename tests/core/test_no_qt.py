"""trainer.core must stay plain Python: importing it with PySide6 and pyqtgraph blocked still works."""

import subprocess
import sys
import textwrap


def test_core_imports_with_qt_and_pyqtgraph_blocked():
    """Every core module imports while PySide6, shiboken6 and pyqtgraph are made unimportable."""
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in {"PySide6", "shiboken6", "pyqtgraph", "numpy"}:
                    raise ImportError("blocked: " + name)
        sys.meta_path.insert(0, Block())
        import trainer.core
        names = [m.name for m in pkgutil.iter_modules(trainer.core.__path__, "trainer.core.")]
        for name in names:
            importlib.import_module(name)
        import trainer.commands, trainer.app
        print(len(names))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 10


def test_stats_command_does_not_load_qt():
    """The `stats` command answers without importing Qt at all."""
    script = textwrap.dedent(
        """
        import sys, tempfile
        from trainer.app import main
        with tempfile.TemporaryDirectory() as folder:
            code = main(["stats", "--json", "--data-dir", folder])
        assert code == 0, code
        loaded = [name for name in sys.modules if name.startswith(("PySide6", "pyqtgraph"))]
        print(loaded)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
