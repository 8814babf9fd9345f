from krant.cli import main

main()
